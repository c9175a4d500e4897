# shellcheck shell=bash disable=SC2034  # the variables set here are read by the callers
# Sourced by scripts/measure-timing.sh, measure-sound-loss.sh, measure-recording.sh and
# measure-app.sh --sound: a private PulseAudio with one null sink (no sound card needed), reached by
# every client started after pulse_client_env (pactl, parec, the app through ALSA's pulse plugin)
# and by nothing else. Its runtime, state and config folders live in the caller's work folder; no
# system or user configuration is changed, and nothing is installed. Ending the daemon is the
# caller's: its pid is in pulse_pid.
#
#   pulse_check [TOOL...]      pulseaudio, pactl, the ALSA pulse plugin and ALSA's alsa.conf, and
#                              each TOOL (parec, pacat, paplay: pulseaudio-utils; python3...).
#                              Sets pulse_plugin and alsa_conf. When something is missing, prints
#                              the apt-get line that installs it and returns 2.
#   pulse_client_env DIR       points the clients at the server of DIR (after pulse_check): writes
#                              DIR/client.conf (autospawn = no) and DIR/asound.conf (ALSA's default
#                              pcm and ctl on the server), exports PULSE_SERVER, PULSE_COOKIE,
#                              PULSE_CLIENTCONFIG and ALSA_CONFIG_PATH. Sets pulse_dir, pulse_socket
#                              (DIR/run/native).
#   pulse_start SINK RATE CHANNELS LOG
#                              starts the daemon of pulse_dir (-n: no default.pa; the native
#                              protocol on pulse_socket, a null sink SINK at RATE Hz with CHANNELS
#                              channels; its log, info level with times, in LOG), waits until it
#                              takes clients and makes SINK the default sink. Sets pulse_pid and
#                              pulse_launched (the epoch seconds just before the launch, which the
#                              log's times count from). When it does not start: prints its log,
#                              ends it and returns 1. May be called again after the last daemon
#                              has ended (the same socket).
#   pulse_work NAME            a work folder for a measuring script (sets work, a temporary folder
#                              named after NAME) and the list `pids` of what it starts: on exit
#                              each is ended (the last started first) and waited for, and the
#                              folder removed unless keep=1.
#                              `forget PID` drops a process that has ended from the list.

pulse_work() {
    work=$(mktemp -d -t "$1.XXXXXX")
    pids=()
    trap pulse_work_cleanup EXIT
    trap 'exit 130' INT TERM
}

pulse_work_cleanup() {
    local i
    # The last started first: the clients before the server they are connected to.
    # A subshell's children too (a loop of paplay): they would outlive it and complain.
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        pkill -P "${pids[i]}" 2>/dev/null || true
        kill "${pids[i]}" 2>/dev/null || true
    done
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do wait "${pids[i]}" 2>/dev/null || true; done
    if ((${keep:-0})); then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}

forget() {
    local p kept=()
    for p in "${pids[@]}"; do [[ $p == "$1" ]] || kept+=("$p"); done
    pids=("${kept[@]}")
}

pulse_check() {
    local tool package f missing=()
    command -v pulseaudio >/dev/null || missing+=(pulseaudio)
    for tool in pactl "$@"; do
        command -v "$tool" >/dev/null && continue
        case $tool in
            pactl | parec | pacat | paplay) package=pulseaudio-utils ;;
            *) package=$tool ;;
        esac
        [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
    done
    pulse_plugin=
    for f in /usr/lib/*/alsa-lib/libasound_module_pcm_pulse.so /usr/lib/alsa-lib/libasound_module_pcm_pulse.so \
        /usr/lib64/alsa-lib/libasound_module_pcm_pulse.so; do
        [[ -e $f ]] && { pulse_plugin=$f; break; }
    done
    [[ -n $pulse_plugin ]] || missing+=(libasound2-plugins)
    if ((${#missing[@]})); then
        echo "missing: ${missing[*]}. Install with:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        return 2
    fi
    alsa_conf=
    for f in /usr/share/alsa/alsa.conf /usr/local/share/alsa/alsa.conf; do
        [[ -r $f ]] && { alsa_conf=$f; break; }
    done
    [[ -n $alsa_conf ]] || { echo "ALSA's alsa.conf not found (package libasound2-data)" >&2; return 2; }
}

pulse_client_env() {
    pulse_dir=$1
    pulse_socket=$pulse_dir/run/native
    mkdir -p "$pulse_dir"/{run,home,config,state}
    export PULSE_SERVER=unix:$pulse_socket PULSE_COOKIE=$pulse_dir/cookie PULSE_CLIENTCONFIG=$pulse_dir/client.conf
    echo "autospawn = no" >"$pulse_dir/client.conf"
    cat >"$pulse_dir/asound.conf" <<EOF
pcm.!default { type pulse server "unix:$pulse_socket" }
ctl.!default { type pulse server "unix:$pulse_socket" }
EOF
    # The system's alsa.conf first: ours only overrides its defaults.
    export ALSA_CONFIG_PATH=$alsa_conf:$pulse_dir/asound.conf
}

pulse_start() {
    local sink=$1 rate=$2 channels=$3 log=$4
    pulse_launched=${EPOCHREALTIME:-$(date +%s.%N)}
    env -u PULSE_SERVER HOME="$pulse_dir/home" XDG_CONFIG_HOME="$pulse_dir/config" XDG_RUNTIME_DIR="$pulse_dir/run" \
        PULSE_RUNTIME_PATH="$pulse_dir/run" PULSE_STATE_PATH="$pulse_dir/state" \
        pulseaudio -n --daemonize=no --use-pid-file=no --exit-idle-time=-1 --disallow-exit \
        --log-target="file:$log" --log-level=info --log-time=1 \
        --load="module-native-protocol-unix auth-anonymous=1 socket=$pulse_socket" \
        --load="module-null-sink sink_name=$sink rate=$rate channels=$channels" &
    pulse_pid=$!
    local _
    for _ in $(seq 1000); do
        pactl info >/dev/null 2>&1 && break
        kill -0 "$pulse_pid" 2>/dev/null || break
        sleep 0.01
    done
    if ! pactl info >/dev/null 2>&1 || ! pactl set-default-sink "$sink"; then
        echo "the private PulseAudio did not start:" >&2
        cat "$log" >&2
        kill "$pulse_pid" 2>/dev/null || true
        wait "$pulse_pid" 2>/dev/null || true
        return 1
    fi
}
