//! Sleeping until the next reminder, with no polling loop.
//!
//! On Linux the daemon blocks in one `poll(2)` on three file descriptors, all through `nix`'s
//! safe wrappers (this workspace forbids `unsafe`):
//!
//! - a `timerfd` on `CLOCK_REALTIME`, armed with the next reminder as an absolute wall-clock time
//!   (`TFD_TIMER_ABSTIME`). Being absolute on the wall clock, it fires when the clock reaches the
//!   reminder however the time passed: across a suspend (the kernel catches the realtime clock up
//!   on resume and expires the timer then) or a clock moved forward past it. With
//!   `TFD_TIMER_CANCEL_ON_SET`, the kernel also wakes it when the clock is set by hand (or by NTP
//!   stepping it), in either direction: the daemon then checks again with the new time. A
//!   `CLOCK_MONOTONIC` sleep would notice neither (it stops during suspend on Linux and ignores
//!   clock changes), which is why it is not used.
//! - an inotify watch on the user's folder, so a reminder set or turned off with the command line
//!   or the app is seen at once (the file is replaced by a rename, so the folder is watched);
//! - one end of a socket pair that [`Waker::wake`] writes to, so the person's answer to a
//!   notification (from its waiting thread) is handled at once.
//!
//! Other systems are not tested here: they keep compiling with a plain timed wait on a channel,
//! checking again at least every minute (so a changed clock or file is seen within a minute).

use std::io;
use std::path::Path;

use jiff::Timestamp;

/// Why the sleep ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// The deadline was reached.
    Due,
    /// The wall clock was set (by hand, or stepped): check again with the new time.
    ClockChanged,
    /// The reminders file was written, replaced or removed.
    FileChanged,
    /// [`Waker::wake`] was called.
    Woken,
}

#[cfg(target_os = "linux")]
pub use linux::{Sleeper, Waker};

#[cfg(not(target_os = "linux"))]
pub use timed::{Sleeper, Waker};

#[cfg(target_os = "linux")]
mod linux {
    use std::ffi::OsString;
    use std::io::{Read as _, Write as _};
    use std::os::fd::AsFd as _;
    use std::os::unix::net::UnixStream;
    use std::sync::Arc;

    use nix::errno::Errno;
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify};
    use nix::sys::time::TimeSpec;
    use nix::sys::timerfd::{ClockId, Expiration, TimerFd, TimerFlags, TimerSetTimeFlags};

    use super::*;

    /// Sleeps until a wall-clock deadline, a clock change, a change of one file in a folder, or a
    /// [`Waker::wake`].
    pub struct Sleeper {
        timer: TimerFd,
        inotify: Inotify,
        file_name: OsString,
        woken: UnixStream,
    }

    /// Wakes a [`Sleeper`] from another thread.
    #[derive(Clone)]
    pub struct Waker(Arc<UnixStream>);

    impl Waker {
        /// Ends the sleeper's current sleep, or its next one if it is not asleep.
        pub fn wake(&self) {
            // A full socket (WouldBlock) means a wake is pending already.
            let _ = (&*self.0).write(&[1]);
        }
    }

    impl Sleeper {
        /// A sleeper that also wakes when `file_name` in `folder` changes (the folder must
        /// exist), and its waker.
        pub fn new(folder: &Path, file_name: &str) -> io::Result<(Sleeper, Waker)> {
            let timer = TimerFd::new(
                ClockId::CLOCK_REALTIME,
                TimerFlags::TFD_CLOEXEC | TimerFlags::TFD_NONBLOCK,
            )?;
            let inotify = Inotify::init(InitFlags::IN_CLOEXEC | InitFlags::IN_NONBLOCK)?;
            inotify.add_watch(
                folder,
                AddWatchFlags::IN_CLOSE_WRITE
                    | AddWatchFlags::IN_MOVED_TO
                    | AddWatchFlags::IN_MOVED_FROM
                    | AddWatchFlags::IN_DELETE,
            )?;
            let (woken, waker) = UnixStream::pair()?;
            woken.set_nonblocking(true)?;
            waker.set_nonblocking(true)?;
            let sleeper = Sleeper {
                timer,
                inotify,
                file_name: file_name.into(),
                woken,
            };
            Ok((sleeper, Waker(Arc::new(waker))))
        }

        /// Sleeps until `deadline` on the wall clock (forever if `None`), or until something
        /// else wakes it; says what did.
        pub fn wait(&mut self, deadline: Option<Timestamp>) -> io::Result<Wake> {
            match deadline {
                Some(at) => self.timer.set(
                    Expiration::OneShot(TimeSpec::new(
                        at.as_second(),
                        at.subsec_nanosecond().into(),
                    )),
                    TimerSetTimeFlags::TFD_TIMER_ABSTIME
                        | TimerSetTimeFlags::TFD_TIMER_CANCEL_ON_SET,
                )?,
                None => self.timer.unset()?,
            }
            loop {
                let mut fds = [
                    PollFd::new(self.timer.as_fd(), PollFlags::POLLIN),
                    PollFd::new(self.inotify.as_fd(), PollFlags::POLLIN),
                    PollFd::new(self.woken.as_fd(), PollFlags::POLLIN),
                ];
                match poll(&mut fds, PollTimeout::NONE) {
                    Err(Errno::EINTR) => continue,
                    Err(e) => return Err(e.into()),
                    Ok(_) => {}
                }
                let ready = |fd: &PollFd| fd.any().unwrap_or(false);
                let [timer, inotify, woken] = fds.map(|fd| ready(&fd));
                if woken {
                    let mut drain = [0; 64];
                    while matches!((&self.woken).read(&mut drain), Ok(n) if n > 0) {}
                    return Ok(Wake::Woken);
                }
                if inotify && self.file_changed()? {
                    return Ok(Wake::FileChanged);
                }
                if timer {
                    match nix::unistd::read(self.timer.as_fd(), &mut [0; 8]) {
                        Ok(_) => return Ok(Wake::Due),
                        Err(Errno::ECANCELED) => return Ok(Wake::ClockChanged),
                        Err(Errno::EAGAIN | Errno::EINTR) => {}
                        Err(e) => return Err(e.into()),
                    }
                }
            }
        }

        /// Whether the events waiting are about the watched file (or too many to tell).
        fn file_changed(&self) -> io::Result<bool> {
            let events = match self.inotify.read_events() {
                Ok(events) => events,
                Err(Errno::EAGAIN) => return Ok(false),
                Err(e) => return Err(e.into()),
            };
            Ok(events.iter().any(|event| {
                event.mask.contains(AddWatchFlags::IN_Q_OVERFLOW)
                    || event.name.as_ref() == Some(&self.file_name)
            }))
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod timed {
    use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
    use std::time::Duration;

    use super::*;

    /// The longest single wait: a changed clock or file is seen at most this late.
    const RECHECK: Duration = Duration::from_secs(60);

    /// Sleeps on a channel until a deadline (checking again at least every minute) or a wake.
    pub struct Sleeper {
        woken: Receiver<()>,
    }

    /// Wakes a [`Sleeper`] from another thread.
    #[derive(Clone)]
    pub struct Waker(SyncSender<()>);

    impl Waker {
        /// Ends the sleeper's current sleep, or its next one if it is not asleep.
        pub fn wake(&self) {
            // A full channel means a wake is pending already.
            let _ = self.0.try_send(());
        }
    }

    impl Sleeper {
        /// A sleeper and its waker; the file is not watched here, only looked at again after
        /// each wait.
        pub fn new(_folder: &Path, _file_name: &str) -> io::Result<(Sleeper, Waker)> {
            let (waker, woken) = sync_channel(1);
            Ok((Sleeper { woken }, Waker(waker)))
        }

        /// Sleeps until `deadline`, at most a minute, or until woken. A wait cut short by the
        /// minute says [`Wake::FileChanged`], so the file is read again.
        pub fn wait(&mut self, deadline: Option<Timestamp>) -> io::Result<Wake> {
            let left = deadline
                .map(|at| at.duration_since(Timestamp::now()))
                .and_then(|left| Duration::try_from(left).ok())
                .unwrap_or(Duration::ZERO);
            let capped = deadline.is_none() || left > RECHECK;
            match self.woken.recv_timeout(if capped { RECHECK } else { left }) {
                Ok(()) => Ok(Wake::Woken),
                Err(RecvTimeoutError::Timeout) if capped => Ok(Wake::FileChanged),
                Err(RecvTimeoutError::Timeout) => Ok(Wake::Due),
                Err(RecvTimeoutError::Disconnected) => Ok(Wake::Due),
            }
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_in_the_past_is_due_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let (mut sleeper, _waker) = Sleeper::new(dir.path(), "reminders.json").unwrap();
        let past = Timestamp::from_second(1_000_000).unwrap();
        assert_eq!(sleeper.wait(Some(past)).unwrap(), Wake::Due);
    }

    #[test]
    fn a_wake_or_a_change_of_the_file_ends_the_sleep_and_other_files_do_not() {
        let dir = tempfile::tempdir().unwrap();
        let (mut sleeper, waker) = Sleeper::new(dir.path(), "reminders.json").unwrap();
        waker.wake();
        waker.wake();
        assert_eq!(sleeper.wait(None).unwrap(), Wake::Woken);
        std::fs::write(dir.path().join("other.json"), "x").unwrap();
        crate::save::write_atomic(&dir.path().join("reminders.json"), b"{}").unwrap();
        assert_eq!(sleeper.wait(None).unwrap(), Wake::FileChanged);
    }
}
