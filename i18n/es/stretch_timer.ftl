# Las palabras de Stretch Timer en español. Modelo: i18n/en/stretch_timer.ftl.
# Trato: usted, como en la consulta de fisioterapia.

## La lista de rutinas

library-heading = Rutinas
library-history = Historial
    .tooltip = Sus sesiones, niveles de dolor y notas
library-new = Nueva rutina
library-new-blank = Rutina en blanco
library-new-copy-of = Partir de una copia de
library-copy-of = Copia de { $name }
library-path-hint = o escriba o pegue la ruta de un archivo .ron o .zip
library-path-name = Ruta del archivo de la rutina
library-open-path = Abrir ruta
library-untitled = Rutina sin nombre
library-unsaved-changes = Cambios sin guardar en «{ $name }» ({ $file })
library-unsaved-new = Rutina nueva sin guardar: «{ $name }»
library-discard = Descartar
library-discard-name = Descartar los cambios en { $name }
library-continue = Seguir editando
library-continue-name = Seguir editando { $name }
library-facts = { $time } · { $steps ->
        [one] { $steps } ejercicio
       *[other] { $steps } ejercicios
    } · { $shelf }
library-last-done = · Última vez: { $when }
library-broken = Esta rutina tiene errores y no se puede empezar · { $shelf }
library-problem-at = línea { $line }, columna { $column }: { $problem }
library-more-problems = … y { $count } más

## Dónde aparece una rutina

shelf-bundled = incluida
shelf-yours = suya
shelf-opened = de { $folder }

## Una rutina antes de empezar

overview-back = Todas las rutinas
overview-start = Empezar
overview-edit = Editar
overview-edit-copy = Editar una copia
overview-remind-me = Recordármelo
    .tooltip = Las horas del día en que quiere que se le recuerde esta rutina
overview-handout = Hoja para imprimir
    .tooltip = Una página con todos los ejercicios, para imprimirla o enviarla
overview-export = Exportar para compartir
    .tooltip = Un solo archivo con la rutina y sus imágenes y sonidos
overview-facts = { $time } en total · { $steps ->
        [one] { $steps } ejercicio
       *[other] { $steps } ejercicios
    }
overview-facts-by = { $time } en total · { $steps ->
        [one] { $steps } ejercicio
       *[other] { $steps } ejercicios
    } · de { $author }
overview-before-you-start = Antes de empezar
overview-step-title = { $number }. { $name }
overview-step-in-all = { $time } en total

## Lo que pide cada ejercicio, en la vista previa y en la hoja impresa

detail-hold-once = Mantener { $hold }
detail-hold-once-left = Mantener { $hold }, solo el lado izquierdo
detail-hold-once-right = Mantener { $hold }, solo el lado derecho
detail-hold-once-both = Mantener { $hold } en cada lado (primero el izquierdo, luego el derecho)
detail-holds = { $reps } repeticiones de { $hold }
detail-holds-left = { $reps } repeticiones de { $hold }, solo el lado izquierdo
detail-holds-right = { $reps } repeticiones de { $hold }, solo el lado derecho
detail-holds-both = { $reps } repeticiones de { $hold } en cada lado (primero el izquierdo, luego el derecho)
detail-prepare = { $time } para colocarse en posición
detail-rest = { $time } de descanso entre repeticiones
detail-switch-sides = { $time } para cambiar de lado
detail-breathe = Mientras mantiene la postura, tome aire durante { $pace } y suéltelo durante { $pace }
detail-halfway = Un sonido marca la mitad de cada repetición

## Una duración en palabras

duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-hours-seconds = { $h } h { $s } s
duration-hours-minutes-seconds = { $h } h { $m } min { $s } s

## La hoja para imprimir

handout-prepared-by = Preparada por <strong>{ $author }</strong>
handout-total-time = Duración total: <strong>{ $time }</strong>
handout-steps = { $steps ->
        [one] { $steps } ejercicio
       *[other] { $steps } ejercicios
    }
handout-safety = Seguridad
handout-before-you-start = Antes de empezar
handout-notes = Notas
handout-made-with = Hecho con stretch-timer
handout-step-title = { $number }. { $name }
handout-picture-alt = Ejercicio { $number }: { $name }
handout-picture-missing = Falta la imagen «{ $file }»: { $reason }.
handout-picture-left-out = ejercicio { $step } «{ $name }»: la imagen «{ $file }» no se ha incluido en la hoja: { $reason }
handout-clock-minutes = { $clock } min
handout-clock-hours = { $clock } h

## Por qué no se puede usar una imagen

picture-unreadable = no se ha podido leer el archivo: { $reason }
picture-too-large-for-handout = ocupa { $size } MiB; la hoja admite imágenes de hasta { $limit }
picture-too-large = ocupa { $size } MiB; una imagen puede ocupar como máximo { $limit }
picture-kind-unsupported = la hoja admite imágenes PNG, JPEG y SVG, y el nombre de este archivo no termina en .png, .jpg, .jpeg ni .svg
picture-not-its-kind = el archivo tiene nombre de imagen { $kind }, pero su contenido no lo es

## Lo que hace la persona, tal como lo nombra el reproductor (en grande, y lo que dice el lector de pantalla)

phase-prepare = Prepárese
phase-hold = Mantenga
phase-rest = Descanso
phase-switch-sides = Cambie de lado
breath-in = Tome aire
breath-out = Suelte el aire

## Un tiempo en palabras, como lo dice un lector de pantalla

time-seconds = { $s ->
        [one] { $s } segundo
       *[other] { $s } segundos
    }
time-minutes = { $m ->
        [one] { $m } minuto
       *[other] { $m } minutos
    }
time-minutes-seconds = { $m ->
        [one] { $m } minuto
       *[other] { $m } minutos
    } y { $s ->
        [one] { $s } segundo
       *[other] { $s } segundos
    }
time-left = tiempo restante: { $time }

## El reproductor

player-paused = En pausa: pulse Espacio para seguir
player-complete = Rutina completada
player-step-of = · Ejercicio { $step } de { $steps }
player-progress = { $elapsed } de { $total }
player-progress-name = Progreso de la rutina: { $elapsed } de { $total }
player-timer-stopped = El temporizador de las señales se ha detenido ({ $reason }): ahora las señales solo suenan mientras esta ventana esté abierta y a la vista.
player-no-sound = Sin sonido: { $reason }. Siga la pantalla.
player-retry-sound = Volver a probar el sonido
player-back = Atrás
player-restart-step = Repetir el ejercicio
player-pause = Pausa
player-resume = Seguir
player-skip = Saltar
player-stop = Terminar
player-mute = Silenciar
player-unmute = Activar el sonido
player-rep-of = Repetición { $rep } de { $reps }
player-side-left = IZQUIERDA
    .name = Lado izquierdo
player-side-right = DERECHA
    .name = Lado derecho
player-picture-of = Imagen de { $step }
player-last = Es la última: después habrá terminado la rutina
player-next-step = A continuación: { $step } ({ $length }, { $phase ->
        [prepare] prepararse
        [hold] mantener
        [rest] descanso
       *[switch] cambio de lado
    })
player-next-hold-side = A continuación: mantener, { $side ->
        [left] lado izquierdo
       *[right] lado derecho
    } ({ $length })
player-next-hold-rep = A continuación: mantener, repetición { $rep } de { $reps } ({ $length })
player-next-hold = A continuación: mantener ({ $length })
player-next-rest = A continuación: descanso ({ $length })
player-next-switch = A continuación: cambio de lado ({ $length })
player-next-prepare = A continuación: prepararse ({ $length })

## Moving through a routine, and the screens' small words

player-to-previous-step = Ejercicio anterior
player-to-next-step = Ejercicio siguiente
key-down = Flecha abajo
key-up = Flecha arriba
key-page-down = Av Pág
key-page-up = Re Pág
pain-ten-key = D

## Las teclas del reproductor, como las nombran las descripciones de sus botones

key-space = Espacio
key-escape = Esc
key-left = Flecha izquierda
key-right = Flecha derecha
key-plus = Más
key-equals = =
key-minus = Menos
key-letter = { $letter }
keys-either = { $first } o { $second }

## Lo que se le dice al lector de pantalla mientras suena una rutina

announce-prepare = Prepárese: { $step }{ $side ->
        [left] , lado izquierdo
        [right] , lado derecho
       *[none] {""}
    }, { $length }.
announce-hold = Mantenga: { $step }{ $side ->
        [left] , lado izquierdo
        [right] , lado derecho
       *[none] {""}
    }{ $reps ->
        [1] {""}
       *[other] , repetición { $rep } de { $reps }
    }, { $length }.
announce-rest = Descanso, { $length }. Después, repetición { $rep } de { $reps }.
announce-switch-sides = Cambie de lado, { $length }.
announce-switch-to = Cambie de lado: ahora el { $side ->
        [left] lado izquierdo
       *[right] lado derecho
    }, { $length }.
announce-paused = En pausa.
announce-breathe-in = Tome aire.
announce-breathe-out = Suelte el aire.
announce-paused-left = En pausa; tiempo restante: { $time }.
announce-going-on = Seguimos; tiempo restante: { $time }.
announce-to-go = { $time } más.
announce-tick = { $n }.

## Después de una rutina

finish-back-to-editor = Volver al editor
finish-back-to-routines = Volver a las rutinas
finish-again = Repetirla
finish-complete = Rutina completada
finish-facts = { $steps ->
        [one] { $steps } ejercicio
       *[other] { $steps } ejercicios
    } · previsto { $planned } · hecho { $played }
finish-well-done = Muy bien. Levántese despacio y beba un poco de agua.
finish-pain-now = ¿Cuánto le duele ahora?
finish-how-hard = ¿Qué tal el esfuerzo?
finish-note-heading = Una nota para su fisioterapeuta
finish-note-hint = Opcional: cómo le ha ido, qué le ha costado
finish-note-name = Nota
finish-kept = Sus respuestas se guardan con esta sesión cuando salga de esta página.
effort-too-easy = Demasiado fácil
effort-about-right = Justo bien
effort-too-hard = Demasiado difícil

## Cómo terminó una sesión, tal como lo dicen la pantalla final, el historial y el informe

finish-shortened = Hecha, saltando algunas partes
finish-shortened-said = Ha hecho { $played } y se ha saltado { $skipped }. No pasa nada: su fisioterapeuta verá lo que se saltó.
finish-stopped = Rutina detenida
finish-stopped-said = Ha parado en { $step }, después de { $played }. Si algo le ha dolido, escríbalo abajo en la nota, por favor.
session-shortened = Acortada saltando partes

## Recordatorios: en los Ajustes, «Recordármelo» en la página de una rutina, uno pendiente en la ventana, la notificación del escritorio y `stretch-timer remind`

reminders-heading = Recordatorios
reminders-desktop-with-buttons = Este escritorio muestra los recordatorios como notificaciones, con «Empezar ahora» y «Dentro de 15 minutos».
reminders-desktop-without-buttons = Este escritorio muestra los recordatorios como notificaciones, pero sin botones (no los ofrece).
reminders-desktop-no-bus = No hay un bus de sesión del escritorio en el que mostrar notificaciones, así que los recordatorios no pueden aparecer como notificaciones. Mientras Stretch Timer esté abierto, se los recordará en su ventana.
reminders-desktop-no-server = En este escritorio no hay ningún servicio de notificaciones en marcha, así que los recordatorios no pueden aparecer como notificaciones. Mientras Stretch Timer esté abierto, se los recordará en su ventana.
reminders-desktop-cannot = { $why }. Mientras Stretch Timer esté abierto, se los recordará en su ventana.
reminders-desktop-asking = Preguntando al escritorio si muestra notificaciones…
reminders-presence-failed = { $why }: puede que el servicio de recordatorios muestre un recordatorio que esta ventana también muestra.
reminders-set-aside = Apartar el archivo dañado y empezar de nuevo
reminders-kept-aside = El archivo dañado se ha guardado como { $file }; ya puede volver a programar recordatorios.
reminders-none = No hay ningún recordatorio programado.
reminders-remove = Quitar
reminders-remove-name = Quitar el recordatorio de las { $time } para { $routine }
reminders-add-heading = Añadir un recordatorio:
reminders-routine = Rutina
reminders-time = Hora
reminders-time-name = Hora del recordatorio
reminders-add = Añadir recordatorio
reminders-removed = Recordatorio quitado.
reminders-every-day = Todos los días
reminders-weekdays = De lunes a viernes
reminders-chosen-days = Días concretos
reminders-tick-a-day = Marque al menos un día.
reminders-time-form = «{ $given }» no es una hora; escriba horas y minutos, por ejemplo 08:00 o 18:30.
reminders-time-hour = «{ $given }» no es una hora: la hora debe estar entre 0 y 23.
reminders-time-minute = «{ $given }» no es una hora: los minutos deben estar entre 00 y 59.
reminders-due = Recordatorio
reminders-dismiss = Cerrar
reminders-remind-me = Recordármelo
reminders-prescribed = Pauta: { $days ->
        [7] todos los días
        [one] { $days } día a la semana
       *[other] { $days } días a la semana
    }, { $times ->
        [one] una vez al día
        [2] dos veces al día
       *[other] { $times } veces al día
    }. Estas horas son una sugerencia: cámbielas como prefiera.
reminders-no-prescription = Sin pauta: se sugiere un recordatorio al día. Cámbielo como prefiera.
reminders-time-days = { $time } { $days }
reminders-already = Ya programados: { $list } (puede quitarlos en los Ajustes).
reminders-time-n = Hora { $n }
reminders-time-n-name = Hora del recordatorio { $n }
reminders-remove-time-n = Quitar la hora { $n }
reminders-add-time = Añadir una hora
reminders-save = Guardar recordatorios
reminders-set-for = Recordatorios programados para { $routine }: { $times }, { $days }.
reminders-not-saved = { $why } Revise los Recordatorios en los Ajustes.
reminders-not-noted = No se ha podido anotar qué recordatorios se han mostrado, así que alguno puede volver a aparecer: { $why }.
reminders-probe-failed = no se ha podido preguntar al escritorio: { $why }
reminders-probe-unanswered = el escritorio no ha respondido a la pregunta
reminders-autostart-written = A partir de su próximo inicio de sesión aparecerán aunque Stretch Timer esté cerrado.
reminders-autostart-removed = Ya no se le recordará nada al iniciar sesión.
reminders-autostart-failed = Solo aparecerán mientras Stretch Timer esté abierto: { $why }.
remind-days-every-day = todos los días
remind-days-weekdays = de lunes a viernes
remind-days-weekends = los fines de semana
remind-times-and = { $most } y { $last }
remind-start-now = Empezar ahora
remind-snooze = Dentro de 15 minutos
remind-time-for = Es la hora de { $routine }
remind-takes = { $minutes ->
        [0] Dura menos de un minuto.
        [one] Dura 1 minuto, más o menos.
       *[other] Dura unos { $minutes } minutos.
    }
remind-takes-hours = { $minutes ->
        [0] Dura unas { $hours } h.
       *[other] Dura unas { $hours } h { $minutes } min.
    }
remind-cannot-open = No se ha podido abrir la rutina: { $why }
remind-set = Recordatorio programado: { $routine } a las { $time }, { $days }.
remind-changed = Recordatorio cambiado: { $routine } a las { $time }, { $days } (antes: { $before }).
remind-unchanged = Ya estaba programado: { $routine } a las { $time }, { $days }.
remind-prescribed = La pauta de { $routine } es { $times ->
        [one] una vez al día
        [2] dos veces al día
       *[other] { $times } veces al día
    }: { $set ->
        [one] { $set } programado
       *[other] { $set } programados
    }; horas sugeridas: { $suggested }.
remind-warning = aviso: { $what }
remind-at-login-written = Los recordatorios se inician al iniciar sesión: se ha escrito { $file }.
remind-at-login-removed = Ya no se inicia nada al iniciar sesión: se ha quitado { $file }.
remind-list-time = HORA
remind-list-days = DÍAS
remind-list-routine = RUTINA
remind-list-next = PRÓXIMO
remind-list-cannot-start = los recordatorios de «{ $routine }» no pueden iniciarla: { $why }; puede desactivarlos con: stretch-timer remind off "{ $routine }"
remind-daemon-running = El servicio de recordatorios está en marcha.
remind-daemon-starts-at-login = El servicio de recordatorios no está en marcha ahora: se iniciará en su próximo inicio de sesión, o ahora con: stretch-timer remind daemon
remind-daemon-not-at-login = El servicio de recordatorios no está en marcha y nada lo inicia al iniciar sesión: falta { $file }. Vuelva a programar un recordatorio para escribirlo, o inicie el servicio ahora con: stretch-timer remind daemon
remind-daemon-start-it = El servicio de recordatorios no está en marcha: inícielo con: stretch-timer remind daemon
remind-off-none = No había ningún recordatorio programado.
remind-off-all = { $count ->
        [one] Se ha desactivado 1 recordatorio
       *[other] Se han desactivado { $count } recordatorios
    }.
remind-off-routine = { $count ->
        [one] Se ha desactivado 1 recordatorio
       *[other] Se han desactivado { $count } recordatorios
    } de { $routine }.
remind-off-not-set = no hay recordatorios para «{ $routine }»; no hay ningún recordatorio programado
remind-off-not-set-others = no hay recordatorios para «{ $routine }»; hay recordatorios para: { $set }
remind-daemon-nothing-to-do = no hay ningún recordatorio programado, así que el servicio de recordatorios no tiene nada que hacer
remind-daemon-all-off = todos los recordatorios están desactivados; el servicio de recordatorios se detiene
remind-daemon-stops = { $why }; el servicio de recordatorios se detiene
remind-daemon-cannot-go-on = el servicio de recordatorios no ha podido seguir: { $why }
remind-log-shown = recordado: { $routine }
remind-log-app-open = toca { $routine }; la aplicación está abierta y lo recuerda ella misma
remind-log-done-today = toca { $routine }, pero hoy ya se ha hecho tantas veces como indica la pauta
remind-log-skipped = omitido { $routine } (tocaba a las { $due }): se vio con una hora o más de retraso
remind-log-started = iniciado { $routine }
remind-log-start-failed = no se ha podido iniciar { $routine }: { $why }
remind-log-snoozed = { $routine } aplazado hasta { $until }
remind-log-failed = { $routine }: { $why }
remind-log-file-unreadable = ahora no se puede leer el archivo de recordatorios ({ $why }); siguen los recordatorios leídos antes
remind-log-clock-changed = se ha cambiado la hora del reloj; los recordatorios siguen la nueva hora
remind-error-read = no se ha podido leer su archivo de recordatorios { $file }: { $why }
remind-error-broken = su archivo de recordatorios { $file } no se puede leer ({ $detail }); se deja como está, y no se cambia ningún recordatorio hasta que se corrija o se aparte
remind-error-too-new = su archivo de recordatorios { $file } lo escribió una versión más reciente de stretch-timer (versión { $found }; esta lee la { $reads }); se deja como está
remind-error-set-aside = no se ha podido apartar { $file }: { $why }
remind-error-daemon-running = ya hay un servicio de recordatorios en marcha para { $folder }
remind-error-lock = no se ha podido usar el archivo de bloqueo { $file }: { $why }
remind-error-autostart-folder = no se ha podido crear la carpeta de inicio automático { $folder }: { $why }
remind-error-autostart-remove = no se ha podido quitar la entrada de inicio automático { $file }: { $why }
remind-error-no-bus = no hay un bus de sesión del escritorio en el que mostrar notificaciones ({ $detail }), así que los recordatorios no pueden aparecer
remind-error-no-server = en este escritorio no hay ningún servicio de notificaciones en marcha ({ $detail }), así que los recordatorios no pueden aparecer
remind-error-unsupported = los recordatorios como notificación aún no funcionan en este sistema
remind-error-not-shown = el servicio de notificaciones no ha mostrado el recordatorio: { $detail }
remind-error-cannot-wait = no se ha podido esperar la respuesta: { $why }

## La pregunta por el dolor, antes de empezar una rutina

pain-question = ¿Cuánto le duele en este momento?
pain-before = Antes de «{ $routine }»
pain-scale = 0 es nada de dolor; 10, el peor dolor que pueda imaginar
pain-keys = También puede responder con las teclas del 0 al 9, y con la { $ten } para el 10
pain-button-name = Dolor { $pain }
pain-skip-and-start = Empezar sin puntuar
    .tooltip = O pulse S
pain-not-now = No empezar

## Lo que dice la comprobación de un archivo de rutina: bajo un campo en el editor, en la página para corregirlo, en la tarjeta de la biblioteca, en `stretch-timer check` (continúan «línea 3, columna 7:»: sin mayúscula inicial). Los nombres de campo, los valores y los nombres de archivo quedan como están escritos en el archivo.

check-empty = el archivo está vacío; un archivo de rutina empieza con Routine( y enumera sus ejercicios
check-too-large = el archivo ocupa { $bytes } bytes; un archivo de rutina puede ocupar como máximo { $max } ({ $max_bytes } bytes)
check-folder = esto es una carpeta, no un archivo de rutina
check-more-problems = { $count ->
    [one] a partir de aquí no se muestra { $count } error más (solo se muestran los { $shown } primeros); corrija los de arriba y vuelva a comprobar
   *[other] a partir de aquí no se muestran { $count } errores más (solo se muestran los { $shown } primeros); corrija los de arriba y vuelva a comprobar
}
check-not-a-file = { $kind ->
    [pipe] esto es una tubería con nombre, no un archivo de rutina; se ha omitido sin abrirla
    [socket] esto es un socket, no un archivo de rutina; se ha omitido sin abrirlo
    [device] esto es un dispositivo, no un archivo de rutina; se ha omitido sin abrirlo
   *[other] esto es un archivo especial, no un archivo de rutina; se ha omitido sin abrirlo
}
check-unreadable = no se puede leer el archivo: { $reason }
check-not-utf8 = el archivo no es texto UTF-8 (aquí, el byte 0x{ $byte }); guárdelo como UTF-8 en su editor
check-too-deep = hay demasiados paréntesis unos dentro de otros; una rutina solo necesita unos pocos niveles
check-unknown-field = { $place ->
    [none] campo desconocido «{ $found }» en este lugar
   *[other] campo desconocido «{ $found }» en { $place }
}
check-unknown-field-meant = { $place ->
    [none] campo desconocido «{ $found }» en este lugar; ¿quería decir «{ $meant }»?
   *[other] campo desconocido «{ $found }» en { $place }; ¿quería decir «{ $meant }»?
}
check-unknown-field-allowed = { $place ->
    [none] campo desconocido «{ $found }» en este lugar; aquí se admite: { $allowed }
   *[other] campo desconocido «{ $found }» en { $place }; aquí se admite: { $allowed }
}
check-misplaced-in-step = «{ $found }» va en Routine( ... ), no en un Step( ... ): escríbalo una vez, antes de steps: [
check-misplaced-in-routine = «{ $found }» va en cada Step( ... ), no en Routine( ... ): páselo a los ejercicios que lo necesiten
check-unknown-sides = lado desconocido «{ $found }»
check-unknown-sides-meant = lado desconocido «{ $found }»; ¿quería decir «{ $meant }»?
check-unknown-sides-allowed = lado desconocido «{ $found }»; aquí se admite: { $allowed }
check-drawing-empty = drawing está vacío; escriba uno de estos dibujos: { $allowed }, o quite drawing y el nombre del ejercicio elegirá uno
check-unknown-drawing = dibujo desconocido «{ $found }»; aquí se admite: { $allowed }
check-unknown-drawing-meant = dibujo desconocido «{ $found }»; ¿quería decir "{ $meant }"? Aquí se admite: { $allowed }
check-language-empty = language está vacío; escriba el código de un idioma, como "es", o quite language y la voz hablará el idioma del paciente
check-language-meant = «{ $found }» no está escrito como código de idioma; ¿quería decir "{ $meant }"?
check-language-not-a-code = «{ $found }» no está escrito como código de idioma; escriba uno como "es" o "fr-CA" (la voz habla { $spoken }), o quite language y la voz hablará el idioma del paciente
check-language-no-voice = stretch-timer no tiene voz para «{ $found }»; la voz habla { $spoken }: escriba uno de ellos, o quite language y la voz hablará el idioma del paciente
check-voice-language = { $code ->
    [en] inglés
    [de] alemán
    [es] español
    [fr] francés
   *[other] { $code }
}
check-duplicate = «{ $field }» está escrito dos veces; deje uno
check-wrong-type-text = { $field } debe ser un texto entre comillas dobles, pero aquí pone { $found }
check-wrong-type-duration = { $field } debe ser una duración como 30, "30s" o "1m30s", pero aquí pone { $found }
check-wrong-type-whole = { $field } debe ser un número entero, pero aquí pone { $found }
check-wrong-type-bool = { $field } debe ser true o false, pero aquí pone { $found }
check-wrong-type-sides = { $field } debe ser Neither, Left, Right o Both, pero aquí pone { $found }
check-wrong-type-drawing = { $field } debe ser el nombre de un dibujo entre comillas dobles, como "knees-to-chest", pero aquí pone { $found }
check-wrong-type-schedule = { $field } debe ser Schedule(days_per_week: 5, times_per_day: 2), pero aquí pone { $found }
check-wrong-type-sounds = { $field } debe ser Sounds( ... ) con un archivo para cada sonido de aviso que quiera cambiar, pero aquí pone { $found }
check-wrong-type-steps = { $field } debe ser una lista de ejercicios entre corchetes: [ Step(...), Step(...) ], pero aquí pone { $found }
check-wrong-type-language = { $field } debe ser el código de un idioma entre comillas dobles, como "es", pero aquí pone { $found }
check-wrong-type-sound-file = { $field } debe ser un nombre de archivo entre comillas dobles, pero aquí pone { $found }
check-wrong-type-other = { $field } debe ser otra cosa, pero aquí pone { $found }
check-this = esto
check-nothing = nada
check-missing-in-routine = a la rutina le falta «{ $field }»; añádalo, por ejemplo { $example }
check-missing-in-step = al ejercicio { $step } le falta «{ $field }»; añádalo, por ejemplo { $example }
check-newer-format = esta rutina se hizo para un stretch-timer más reciente (formato { $found }); esta versión lee el formato 1: actualice stretch-timer
check-bad-format = el formato { $found } no existe; escriba format: 1
check-duration-not = { $field }: "{ $found }" no es una duración; escriba 30, "30s" o "1m30s"
check-duration-meant = { $field }: "{ $found }" no es una duración; escriba "{ $meant }"
check-duration-fraction = { $field }: "{ $found }" tiene decimales; las duraciones son segundos enteros, por ejemplo "1m30s" en lugar de "1.5m"
check-duration-unit-order = { $field }: "{ $found }" tiene las unidades desordenadas o repetidas; escriba horas, luego minutos, luego segundos, por ejemplo "1h5m" o "1m30s"
check-duration-too-long = { $field }: "{ $found }" es demasiado largo
check-out-of-range = { $field } es { $found }; debe estar entre { $min } y { $max }
check-empty-text = { $field } está vacío; póngale un nombre corto que el paciente reconozca
check-control-character = { $field } contiene un carácter de control invisible (U+{ $code }) después de «{ $after }»; quítelo
check-control-character-at-start = { $field } contiene un carácter de control invisible (U+{ $code }) al principio; quítelo
check-empty-file = { $field } está vacío; escriba el nombre del archivo entre las comillas, o quite { $field }
check-only-comments = el archivo solo contiene comentarios; un archivo de rutina empieza con Routine( y enumera sus ejercicios
check-too-long = { $field } tiene { $chars } caracteres; puede tener como máximo { $max }
check-step-count = la rutina tiene { $found } ejercicios; debe tener entre { $min } y { $max }
check-too-long-in-total = la rutina duraría { $hours } horas en total; una rutina puede durar como máximo { $max } horas
check-file-missing = el archivo { $field } «{ $file }» no está junto a la rutina (se buscó { $path })
check-file-outside = el archivo { $field } «{ $file }» está fuera de la carpeta de la rutina; ponga el archivo junto a la rutina y escriba solo su nombre
check-file-without-folder = no se encuentra el archivo { $field } «{ $file }»: esta rutina aún no está guardada en una carpeta
check-file-unusable = no se puede usar el archivo { $field } «{ $file }»: { $reason }
check-voice-too-long = la grabación «{ $file }» dura { $length } s, más de lo que permite el tiempo de preparación de este ejercicio: suena después del aviso de inicio del ejercicio (hasta { $after } s con sus palabras), y prepare es { $prepare }; ponga prepare en al menos { $needed }, o acorte la grabación
check-picture-unreadable = no se ha podido leer: { $reason }
check-picture-too-large = ocupa { $size }; una imagen puede ocupar como máximo { $max }
check-picture-heic = es una foto HEIC (como las que hace el iPhone), que stretch-timer no puede mostrar; conviértala a JPEG (un iPhone hace fotos JPEG cuando el formato de su cámara es «Más compatible»)
check-picture-unknown = no es una imagen que stretch-timer pueda mostrar (PNG, JPEG o SVG)
check-picture-undecodable = es una imagen { $kind } que no se puede abrir: { $reason }
check-picture-too-many-pixels = tiene { $width } × { $height } píxeles, más de los { $megapixels } megapíxeles que abre stretch-timer; guárdela más pequeña
check-sound-unreadable = no se puede leer: { $reason }
check-sound-too-large = ocupa { $bytes } bytes; un archivo de sonido puede ocupar como máximo { $max }
check-sound-undecodable = no es un archivo de sonido que stretch-timer pueda reproducir ({ $reason }); reproduce WAV, OGG Vorbis, FLAC, MP3 y M4A (AAC)
check-sound-empty = no contiene ningún sonido
check-sound-unplayable = { $kind ->
    [opus] es una grabación Opus (como las notas de voz de WhatsApp, Signal y Telegram), que stretch-timer no puede reproducir; conviértala a M4A, MP3 o WAV con cualquier conversor de audio (reproduce WAV, OGG Vorbis, FLAC, MP3 y M4A (AAC))
    [amr] es una grabación AMR (como las de las grabadoras de los móviles antiguos), que stretch-timer no puede reproducir; conviértala a M4A, MP3 o WAV con cualquier conversor de audio (reproduce WAV, OGG Vorbis, FLAC, MP3 y M4A (AAC))
    [three-gp] es una grabación 3GP (de un móvil, normalmente con AMR dentro), que stretch-timer no puede reproducir; conviértala a M4A, MP3 o WAV con cualquier conversor de audio (reproduce WAV, OGG Vorbis, FLAC, MP3 y M4A (AAC))
   *[picture] es una imagen, no una grabación; un archivo de sonido puede ser WAV, OGG Vorbis, FLAC, MP3 y M4A (AAC)
}
check-ends-early = el archivo termina demasiado pronto: falta un paréntesis de cierre ) o un corchete ], o unas comillas de cierre "
check-steps-not-in-list = los ejercicios se escriben en una lista: steps: [ Step( ... ), Step( ... ) ], después de los demás campos de la rutina
check-sides-one-word = sides es una sola palabra, Neither, Left, Right o Both (Both trabaja primero el lado izquierdo y luego el derecho): escriba sides: { $choice }
check-step-without-brackets = cada ejercicio se escribe con Step( ... ) alrededor de sus campos, como en Step(name: "Psoas stretch", hold: "30s")
check-no-routine-brackets = un archivo de rutina empieza con Routine( y termina con ): escriba Routine( antes de { $first }: y un ) de cierre al final de todo
check-capital = escriba { $expected }( con mayúscula inicial, no { $found }(
check-other-brackets = aquí se esperaba { $expected }(, pero pone { $found }(
check-semicolon = escriba aquí una coma, no un punto y coma: los campos y los ejercicios se separan con comas
check-full-stop = escriba aquí una coma, no un punto: los campos y los ejercicios se separan con comas
check-missing-comma = falta una coma antes de esto: ponga una coma después de cada campo y de cada ejercicio
check-unclosed-text = este texto no está cerrado: faltan las comillas dobles de cierre "
check-after-the-end = hay algo más después del final de la rutina: el ) de cierre de la rutina debe ser lo último del archivo
check-unclosed-comment = un comentario /* no está cerrado con */
check-backslash = { $field }: escriba la ruta del archivo con barras normales /, como en "images/bench.png"; una barra invertida \ significa otra cosa dentro de un texto
check-escape = una barra invertida \ dentro de un texto debe ir seguida de n (salto de línea), t (tabulador), " u otra \; para escribir la barra invertida misma, escriba \\
check-escape-in = { $field }: una barra invertida \ dentro de un texto debe ir seguida de n (salto de línea), t (tabulador), " u otra \; para escribir la barra invertida misma, escriba \\
check-expected-close = aquí se esperaba un ) de cierre, o una coma antes del siguiente campo
check-expected-list-end = aquí se esperaba un ] de cierre, o una coma antes del siguiente ejercicio
check-equals-sign = escriba dos puntos : entre { $name } y su valor, no =: { $name }: …
check-equals-sign-unnamed = escriba dos puntos : entre el nombre del campo y su valor, no =
check-expected-colon = aquí se esperaban dos puntos : entre el nombre de un campo y su valor
check-dash = aquí hay un guion { $dash } como los que pone un procesador de textos; escriba el valor solo con cifras
check-one-slash = un comentario empieza con dos barras: escriba // en lugar de /
check-unexpected = carácter inesperado '{ $found }'
check-two-commas = aquí hay dos comas; borre una
check-quoted-name = el nombre de un campo se escribe sin comillas: { $name }, no { $written }
check-expected-name = aquí se esperaba el nombre de un campo
check-expected-opening = aquí se esperaba un paréntesis de apertura (: un archivo de rutina es Routine( ... ) y cada ejercicio es Step( ... )
check-parser = { $message }
check-parser-in = { $field }: { $message }
check-odd-space = { $space ->
    [no-break] aquí hay un espacio de no separación, pegado desde un procesador de textos, que parece un espacio pero no lo es; bórrelo y escriba un espacio normal
    [narrow] aquí hay un espacio estrecho de no separación, pegado desde un procesador de textos, que parece un espacio pero no lo es; bórrelo y escriba un espacio normal
    [figure] aquí hay un espacio de cifra, pegado desde un procesador de textos, que parece un espacio pero no lo es; bórrelo y escriba un espacio normal
    [thin] aquí hay un espacio fino, pegado desde un procesador de textos, que parece un espacio pero no lo es; bórrelo y escriba un espacio normal
    [zero-width] aquí hay un espacio de ancho cero, pegado desde un procesador de textos, que parece un espacio pero no lo es; bórrelo y escriba un espacio normal
   *[zero-width-no-break] aquí hay un espacio de ancho cero de no separación, pegado desde un procesador de textos, que parece un espacio pero no lo es; bórrelo y escriba un espacio normal
}
check-single-quotes = { $field }: el texto va entre comillas dobles, no simples: "{ $inner }"
check-sets = { $field } es un solo número entero, no { $value }: escriba las repeticiones de cada lado, como reps: 3, y haga de cada serie su propio ejercicio
check-clock-time = { $field }: los minutos y segundos se escriben con sus unidades, entre comillas dobles: "{ $meant }", no { $minutes }:{ $seconds }
check-word-after-number = { $field } se escribe solo con el número: { $value }, no { $value } { $word }
check-unit-after-space = { $field }: una duración con unidad va entre comillas dobles, sin espacio: "{ $value }{ $unit }", no { $value } { $word }
check-curly-quotes = { $field }: estas son comillas tipográficas (“ ”), como las pone un procesador de textos; escriba en su lugar comillas dobles rectas: { $straight }
check-quoted-number = { $field } es un número y se escribe sin comillas: { $number }
check-quoted-bool = { $field } se escribe sin comillas: { $meant }
check-quoted-capital-bool = { $field } se escribe en minúsculas y sin comillas: { $meant }, no { $value }
check-quoted-word-bool = { $field } es true o false, sin comillas: escriba { $meant }, no { $value }
check-quoted-sides = sides se escribe sin comillas: { $choice }, no «{ $inner }»
check-quoted-other-sides = sides se escribe sin comillas, como Neither, Left, Right o Both
check-capital-bool = { $field } se escribe en minúsculas: { $meant }, no { $value }
check-word-bool = { $field } es true o false: escriba { $meant }, no { $value }
check-unquoted-unit = { $field }: una duración con unidad va entre comillas dobles: "{ $value }"
check-range-whole = { $field } es un solo número entero, no un intervalo como { $value }: escriba el que hay que hacer, por ejemplo { $low }
check-range-duration = { $field } es una sola duración, no un intervalo como { $value }: escriba la que hay que hacer, por ejemplo { $low }
check-decimal-comma = { $field }: { $value } no es una duración; escriba segundos enteros o unidades, por ejemplo 90 o "1m30s"
check-number-word = { $field } se escribe con cifras: { $number }, no { $value }
check-some-capital = { $field }: escriba Some({ $inner }) con S mayúscula, o solo { $inner }
check-breathe-none = breathe: escriba None con N mayúscula, o quite breathe
check-duration-none = { $field }: escriba 0 para nada de tiempo, o quite { $field } para el tiempo habitual
check-sides-none = sides: escriba Neither para un ejercicio sin lados, o quite sides
check-after-number = { $field } se escribe solo con el número entero: { $number }, no { $value }
check-unquoted-drawing = drawing va entre comillas dobles: "{ $id }"
check-curly-close = este texto está cerrado con unas comillas tipográficas, como las pone un procesador de textos; escriba en su lugar unas comillas dobles rectas: "{ $before }"
check-curly-close-in = { $field }: este texto está cerrado con unas comillas tipográficas, como las pone un procesador de textos; escriba en su lugar unas comillas dobles rectas: "{ $before }"
check-unit-outside-quotes = la unidad va dentro de las comillas: "{ $number }{ $unit }", no "{ $number }" { $word }
check-unit-outside-quotes-in = { $field }: la unidad va dentro de las comillas: "{ $number }{ $unit }", no "{ $number }" { $word }
check-quote-inside = este texto tiene dentro unas comillas dobles ", que lo terminan antes de tiempo; dentro de un texto, use comillas simples ' o escriba \" para unas comillas dobles
check-quote-inside-in = { $field }: este texto tiene dentro unas comillas dobles ", que lo terminan antes de tiempo; dentro de un texto, use comillas simples ' o escriba \" para unas comillas dobles
check-step-open-at-end = este ejercicio no está cerrado: aquí falta un ) de cierre, antes del ] que termina los ejercicios
check-step-open-before-comma = este ejercicio no está cerrado: aquí falta un ) de cierre, antes de la coma y del siguiente Step(
check-step-open = este ejercicio no está cerrado: aquí faltan un ) de cierre y una coma después, antes del siguiente Step(
check-one-too-many = aquí sobra un { $close }; bórrelo
check-close-step = escriba aquí ), no { $close }: un ejercicio, y la rutina, terminan con )
check-close-list = escriba aquí ], no { $close }: la lista de ejercicios termina con ]
check-list-open = la lista de ejercicios no está cerrada: falta un ] de cierre antes de este )
check-hash-comment = los comentarios en un archivo de rutina empiezan con //, no con #: escriba // en lugar de #
check-dash-comment = los comentarios en un archivo de rutina empiezan con //, no con --: escriba // en lugar de --
check-file-ok = { $steps ->
    [one] { $file }: correcta ({ $steps } ejercicio, { $time })
   *[other] { $file }: correcta ({ $steps } ejercicios, { $time })
}
check-files-checked = { $files } archivos comprobados: { $valid } correctos, { $invalid } con errores
check-no-routine-files = { $folder }: no hay archivos .ron en esta carpeta

## Preguntas en una ventana propia

ask-stop = ¿Terminar esta rutina?
    .body = La rutina termina aquí; puede volver a empezarla desde el principio cuando quiera.
ask-save-problems = { $count ->
        [one] Esta rutina tiene un error
       *[other] Esta rutina tiene { $count } errores
    }
    .body = Una rutina con errores no se puede empezar. ¿Guardar sus cambios como borrador y corregir primero los errores?
    .over-valid = El archivo guardado funciona; si guarda ahora, lo sustituirá por uno que no se puede empezar. ¿Guardar sus cambios como borrador y corregir primero los errores?
ask-changed-on-disk = El archivo ha cambiado
    .body = Otro programa ha cambiado { $file } desde que lo abrió aquí. Si guarda, sus cambios sustituirán a los del otro programa.
ask-leave-editor = ¿Guardar los cambios?
    .body = Los cambios en esta rutina aún no se han guardado.
ask-import-clash = Ya hay aquí una rutina con ese nombre
ask-delete-session = ¿Borrar esta sesión?
    .body = { $session } se borrará de su historial, con sus niveles de dolor y su nota. No se puede deshacer.
ask-new-history = ¿Empezar un historial nuevo?
    .body = No se puede leer su archivo de historial { $file }. No se pierde: se le cambia el nombre, con la fecha de hoy, en la misma carpeta, y empieza un historial nuevo y vacío.
ask-keep-going = Seguir
ask-stop-routine = Terminar la rutina
ask-keep-as-draft = Guardar como borrador
ask-save-anyway = Guardar de todos modos
ask-keep-editing = Seguir editando
ask-replace-with-mine = Sustituir por la mía
ask-save = Guardar
ask-discard = Descartar los cambios
ask-keep-both = Conservar las dos
ask-replace-mine = Sustituir la mía
ask-cancel = Cancelar
ask-delete-session-button = Borrar la sesión
ask-keep-it = Conservarla
ask-set-aside = Apartarlo y empezar de nuevo

## La línea de órdenes: --lang, y el idioma de la voz (stretch-timer render, run)
cli-lang-not-offered = stretch-timer no habla «{ $asked }». Elija uno de estos idiomas: { $offered }.
cli-voice-not-language = Aviso: la voz { $asked } no habla { $language }, el idioma de los avisos de esta rutina, así que los nombres de los ejercicios los dice { $voice }.

## El nombre de la ventana, como lo dicen el lector de pantalla y la barra de tareas: la aplicación y luego la pantalla

window-name = { $app }: { $screen }
window-library = Rutinas
window-pain-before = Dolor antes de { $routine }
window-player = Rutina en curso
window-finished = Rutina completada
window-stopped = Rutina terminada antes de tiempo
window-history = Historial
window-editor = Editor
window-broken = { $routine } tiene errores
window-fix = Corrigiendo un archivo de rutina

## El editor de rutinas, corregir un archivo a mano, archivos y compartir (lo que lee el fisioterapeuta)

# The editor's top line, its routine fields and its steps
editor-back = Todas las rutinas
editor-save = Guardar
editor-saved = Guardada
editor-unsaved = Cambios sin guardar
editor-not-finished = Sin terminar
editor-problems = { $count ->
        [one] { $count } error
       *[other] { $count } errores
    }
editor-total = Total { $total }
editor-title = Editando: { $title }
editor-file = Archivo: { $file }
editor-file-in = Archivo: { $file } en la carpeta { $folder }
editor-routine = Rutina
editor-name = Nombre
    .name = Nombre de la rutina
    .hint = p. ej. Estiramiento del psoas por la mañana
editor-summary = Resumen
    .hint = Para qué sirve (opcional)
editor-author = Escrita por
    .hint = Su nombre (opcional)
editor-safety = Seguridad
    .hint = Se muestra antes de empezar: cuándo parar, qué evitar
editor-speech = Voz
editor-read-instructions = Leer en voz alta las instrucciones de cada ejercicio
    .tooltip = Mientras la persona se prepara, si terminan antes de «Mantenga»: cuente un segundo de preparación por cada tres palabras, y 5 segundos más
editor-step-title = Ejercicio { $number } · { $name } · { $time }
editor-step-title-unnamed = Ejercicio { $number } · (todavía sin nombre) · { $time }
editor-move-up = Subir
    .name = Subir el ejercicio { $n }
editor-move-down = Bajar
    .name = Bajar el ejercicio { $n }
editor-duplicate = Duplicar
    .name = Duplicar el ejercicio { $n }
editor-remove = Quitar
    .name = Quitar el ejercicio { $n }
editor-try-from-here = Probar desde aquí
    .name = Probar desde el ejercicio { $n }
editor-add-step = Añadir un ejercicio
# A field's first message, when it has several: the others show on hover.
editor-message-and-more = { $message } (y { $more } más)

# Beside the form: the total, the problems, the preview
editor-timeline = Línea de tiempo de la rutina
editor-total-time = Duración total { $total }
editor-no-problems = Sin errores: lista para guardar y para usar.
editor-not-ready = Todavía no está lista: a algunos campos les falta algo. Cada uno le dirá qué, en cuanto haya pasado por él o cuando pulse Guardar.
editor-problems-to-fix = { $count ->
        [one] { $count } error que corregir antes de que su paciente pueda usarla:
       *[other] { $count } errores que corregir antes de que su paciente pueda usarla:
    }
editor-step-problem = Ejercicio { $step }: { $problem }
editor-not-filled-in = … y campos todavía sin rellenar ({ $count })
editor-preview = Vista previa
editor-preview-after-fixing = La vista previa aparece cuando se corrijan los errores.
# Where the preview is: "0:30 of 2:00 · step 1 Bench psoas stretch: hold, left"
editor-preview-at = { $at } de { $total } · ejercicio { $number } { $step }: { $phase ->
        [prepare] preparación
        [hold] mantener
        [rest] descanso
       *[switch] cambio de lado
    }{ $side ->
        [left] , izquierda
        [right] , derecha
       *[none] {""}
    }
editor-stop-preview = Detener la vista previa
editor-preview-speed = Reproduce toda la rutina { $speed } veces más rápido, sin sonido.
editor-play-preview = Reproducir la vista previa
editor-try-in-player = Probarla en el reproductor

# A step's fields. Each field's .name is what a screen reader calls it, with the step's number.
step-name = Nombre
    .name = Ejercicio { $n } nombre
    .hint = p. ej. Estiramiento del psoas en la camilla
step-instructions = Instrucciones
    .name = Ejercicio { $n } instrucciones
    .hint = Qué hacer, qué debe notar, qué evitar
step-sides = Lados
    .name = Ejercicio { $n } lados: { $choice }
step-sides-neither = Sin lados
step-sides-left = Solo izquierda
step-sides-right = Solo derecha
step-sides-both = Izquierda y luego derecha
step-hold = Mantener
    .name = Ejercicio { $n } mantener
step-reps = Repeticiones
    .name = Ejercicio { $n } repeticiones
    .per-side = { " " }por lado
step-prepare = Preparación
    .name = Ejercicio { $n } preparación
step-rest = Descanso entre repeticiones
    .name = Ejercicio { $n } descanso
step-switch-sides = Cambio de lado
    .name = Ejercicio { $n } cambio de lado
    .only-both = solo con «Izquierda y luego derecha»
step-countdown = Cuenta atrás
    .name = Ejercicio { $n } cuenta atrás
    .ticks = { " " }pitidos
step-halfway = Aviso a mitad
    .name = Ejercicio { $n } aviso a mitad
    .box = Un aviso a mitad de cada repetición
step-breathe = Ritmo de respiración
    .name = Ejercicio { $n } ritmo de respiración
    .hint = ninguno
step-picture = Imagen
    .name = Ejercicio { $n } imagen
    .hint = un archivo junto a la rutina, p. ej. images/bench.png
step-recording = Grabación
    .name = Ejercicio { $n } grabación
    .hint = un archivo de sonido junto a la rutina, suena al empezar el ejercicio
step-drawing = Dibujo
    .name = Ejercicio { $n } dibujo: { $words }
step-drawing-picture-instead = Se muestra su imagen en lugar de un dibujo.
step-drawing-by-name = { $drawing }, elegido por el nombre del ejercicio.
step-drawing-none-by-name = Ninguno: el nombre del ejercicio no contiene palabras de ningún dibujo.
step-drawing-chosen = { $drawing }, elegido para este ejercicio.
step-drawing-none-chosen = Ninguno: este ejercicio no muestra dibujo.
step-choose-drawing = Elegir un dibujo…
    .name = Elegir un dibujo para el ejercicio { $n }
step-drawing-by-name-choice = Según el nombre del ejercicio
step-drawing-none-choice = Sin dibujo
step-drawing-now = Ahora: { $drawing }
step-drawing-now-none = Ahora: ninguno, el nombre no contiene palabras de ningún dibujo
step-drawing-choice-name = Ejercicio { $n } dibujo { $choice }

# The cue sounds a routine may replace, each named by what it marks
sounds-title = { $replaced ->
        [0] Sonidos de aviso (incluidos)
       *[other] Sonidos de aviso ({ $replaced } sustituidos)
    }
sounds-hint = Un archivo de sonido junto a la rutina sustituye a un sonido de aviso incluido.
sounds-field-name = Sonido de aviso: { $sound }
sounds-built-in = incluido
sound-step-start = Empieza un ejercicio
sound-hold-start = Empieza una repetición
sound-halfway = Mitad de la repetición
sound-countdown = Pitido de cuenta atrás
sound-countdown-last = Último pitido de cuenta atrás
sound-hold-end = Termina una repetición
sound-switch-sides = Cambio de lado
sound-breathe-in = Tome aire
sound-breathe-out = Suelte el aire
sound-routine-done = Rutina completada

# The editor's notices
editor-fix-before-trying = Corrija primero los errores marcados en rojo; después podrá probarla.
editor-not-saved = No se ha podido guardar: { $reason }
editor-saved-as = Guardada como { $place }.
editor-kept-as-draft = Sus cambios se guardan como borrador: los encontrará arriba, en la lista de rutinas.
editor-draft-not-kept = No se ha podido guardar el borrador: { $reason }
editor-draft-not-removed = No se ha podido eliminar el borrador: { $reason }

# The built-in drawings: their names in the editor's list, and what a screen reader says of each
drawing-lying-knees-bent = Tumbado, rodillas flexionadas
    .description = Dibujo: tumbado boca arriba, rodillas flexionadas, pies apoyados
drawing-knees-to-chest = Rodillas al pecho
    .description = Dibujo: tumbado boca arriba, abrazando las dos rodillas contra el pecho
drawing-bench-psoas = Estiramiento del psoas en la camilla
    .description = Dibujo: tumbado en el borde de una camilla, abrazando una rodilla, la otra pierna colgando por el borde
drawing-floor-psoas = Estiramiento del psoas en el suelo
    .description = Dibujo: tumbado en el suelo, abrazando una rodilla, la otra pierna estirada en el suelo
drawing-standing = De pie
    .description = Dibujo: de pie, bien erguido
drawing-standing-lunge = Zancada de pie
    .description = Dibujo: piernas separadas en zancada, la pierna de atrás estirada, una mano en una silla
drawing-getting-up = Levantarse
    .description = Dibujo: girado de lado, empujando con los brazos para sentarse

# A step's picture or recording, chosen from a file ($kind: picture or recording)
media-choose = { $kind ->
        [picture] Elegir imagen…
       *[recording] Elegir grabación…
    }
    .name = { $kind ->
        [picture] Elegir una imagen para el ejercicio { $n }
       *[recording] Elegir una grabación para el ejercicio { $n }
    }
media-picture-alt = Ejercicio { $n } imagen: { $file }
media-play = Reproducir
    .name = Reproducir la grabación del ejercicio { $n }
media-stop = Detener
    .name = Detener la grabación del ejercicio { $n }
media-cannot-play = No se puede reproducir la grabación: { $reason }
media-no-dialog = { $kind ->
        [picture] Aquí no se puede mostrar un diálogo de archivos. Escriba o pegue la ruta de la imagen: se guarda una copia en la carpeta de la rutina.
       *[recording] Aquí no se puede mostrar un diálogo de archivos. Escriba o pegue la ruta de la grabación: se guarda una copia en la carpeta de la rutina.
    }
media-path = { $kind ->
        [picture] Ruta de la imagen
       *[recording] Ruta de la grabación
    }
media-use-this = { $kind ->
        [picture] Usar esta imagen
       *[recording] Usar esta grabación
    }
media-cancel = Cancelar
media-missing = No existe el archivo «{ $path }».
media-refused = No se puede usar «{ $file }»: { $reason }
media-no-routines-folder = No se ha podido crear la carpeta de rutinas ({ $folder }): { $reason }
media-no-own-folder = No se ha podido crear una carpeta para la rutina ({ $folder }): { $reason }
media-not-moved = No se ha podido mover la rutina a una carpeta propia ({ $folder }): { $reason }
media-not-copied = No se ha podido copiar «{ $file }» en { $folder }: { $reason }

# Recording a step's instructions from the microphone
record-button = Grabar…
    .name = Grabar las instrucciones del ejercicio { $n }
record-how = Pulse Grabar y diga las instrucciones. Se recorta el silencio de antes y de después, y la grabación queda tan alta como los avisos hablados.
record-start = Grabar
record-cancel = Cancelar
record-stop = Detener
record-saving = Guardando…: dura { $length } ({ $cut } de silencio recortado).
record-saved = Guardada como { $file }: dura { $length } ({ $cut } de silencio recortado).
record-too-long = Es más larga de lo que cabe antes de mantener ({ $fits }): ponga la preparación en { $needed } como mínimo, o grábela más corta.
record-play-back = Escuchar
record-stop-playing = Dejar de escuchar
record-again = Grabar de nuevo
record-done = Hecho
record-try-again = Intentar de nuevo
record-close = Cerrar
record-no-room = La preparación de este ejercicio es demasiado corta para una grabación: suena después del aviso de inicio del ejercicio ({ $cue }), antes de mantener. Alargue antes la preparación.
record-room = Suena al empezar el ejercicio, después de su aviso de inicio: caben hasta { $fits } antes de mantener.
record-opening = Abriendo el micrófono…
record-recording = Grabando  { $length }
record-words = voz: { $length }
record-finishing = Recortando el silencio y ajustando el volumen…
record-too-loud = Demasiado alto: una parte queda cortada. Detenga y vuelva a grabar más lejos del micrófono.
record-quiet = Bajo: hable más alto o acérquese al micrófono.
record-longer-than-fits = Más larga de lo que cabe antes de mantener ({ $fits }): abrevie.
record-fits = Caben hasta { $fits } antes de mantener.
record-meter = Nivel del micrófono
record-not-saved = No se ha podido guardar la grabación: { $reason }
record-no-microphone = No se ha encontrado ningún micrófono. Conecte uno (vale el de unos auriculares) y pulse Intentar de nuevo.
record-denied = Este ordenador no deja que stretch-timer use el micrófono. Permítalo en los ajustes de privacidad o de sonido del sistema y pulse Intentar de nuevo.
record-busy = Otro programa está usando el micrófono. Cierre ese programa y pulse Intentar de nuevo.
record-unavailable = No se ha podido abrir el micrófono. Compruebe que hay uno conectado y que el sonido de este ordenador funciona, y pulse Intentar de nuevo.
record-stopped = El micrófono ha dejado de enviar sonido (¿se ha desconectado?). No se ha guardado nada: pulse Intentar de nuevo.
record-lost = El ordenador estaba demasiado ocupado y se ha perdido parte de la grabación. Cierre otros programas si puede y pulse Intentar de nuevo.
record-nothing-heard = No se ha oído nada: la grabación está en silencio. Compruebe que el micrófono está encendido y no silenciado, hable cerca de él y pulse Intentar de nuevo.
record-cannot-keep = No se puede conservar la grabación: { $reason }.
# A length while recording, "0:04.2", and a length in seconds, "4.2 s": write the tenth as your language does.
record-clock = { $minutes }:{ $seconds },{ $tenth }
record-seconds = { $whole },{ $tenth } s

# A routine file with errors, and its text fixed by hand
fix-file = Archivo: { $place }
fix-has-errors = Esta rutina tiene errores y no se puede empezar.
fix-it-here = Corríjala aquí: Editar muestra el texto del archivo con cada error marcado en su línea.
fix-edit = Editar
fix-what-is-wrong = Qué falla
fix-bundled = Una rutina incluida no tiene un archivo que corregir.
fix-unreadable = No se ha podido leer { $file }: { $reason }
fix-no-problems-unsaved = Sin errores: guárdela para usarla
fix-no-problems = Sin errores
fix-title = Corrigiendo: { $file }
fix-about = { $place }: el texto del archivo, comprobado mientras escribe. Las líneas con un error están marcadas.
fix-unsaved = Sus cambios en este archivo no están guardados.
fix-save-and-leave = Guardar y salir
fix-leave-without-saving = Salir sin guardar
fix-keep-fixing = Seguir corrigiendo
fix-no-problems-save = Sin errores: guárdela y la rutina se podrá usar.
fix-text = Texto del archivo de la rutina

# Opening, importing, exporting and writing files
files-opener-ended = xdg-open terminó con { $status }
files-opener-not-run = no se ha podido ejecutar xdg-open: { $reason }
files-no-file-manager = Ningún gestor de archivos ha podido mostrar la carpeta ({ $reason }). Está en { $folder }
files-not-watched = Los cambios en sus archivos de rutinas no se verán hasta que vuelva a abrir stretch-timer: { $reason }
# $why is "known" when the reason a dialog could not be shown is known ($reason), "unknown" otherwise.
files-type-path-to-open = { $why ->
        [known] Aquí no se puede mostrar un diálogo de archivos ({ $reason }). Escriba o pegue la ruta de la rutina (.ron) o de la rutina compartida (.zip) que quiere abrir:
       *[unknown] Aquí no se puede mostrar un diálogo de archivos. Escriba o pegue la ruta de la rutina (.ron) o de la rutina compartida (.zip) que quiere abrir:
    }
files-type-path-for-copy = { $why ->
        [known] Aquí no se puede mostrar un diálogo de archivos ({ $reason }). Escriba dónde guardar una copia de { $place }:
       *[unknown] Aquí no se puede mostrar un diálogo de archivos. Escriba dónde guardar una copia de { $place }:
    }
files-copy-saved = Copia guardada como { $place }.
files-copy-not-saved = No se ha podido guardar una copia como { $file }: { $reason }
files-not-imported = No se ha podido importar: { $reason }
files-imported = «{ $name }» importada.
files-imported-in-place = «{ $name }» importada, en lugar de la suya.
files-imported-beside = «{ $name }» importada, junto a la que ya tenía.
files-import-clash = { $clash }. ¿Conservar las dos (la nueva recibe otro nombre) o sustituir la suya por la que se importa?
files-handout-written = La hoja para imprimir se ha guardado como { $place }; se abre en su navegador, para imprimirla.
files-handout-written-without = La hoja para imprimir se ha guardado como { $place } ({ $count ->
        [one] no se ha podido incluir 1 imagen
       *[other] no se han podido incluir { $count } imágenes
    }); se abre en su navegador, para imprimirla.
files-handout-not-written = No se ha podido guardar la hoja para imprimir: { $reason }
files-exported = «{ $name }» exportada como { $place }: envíe este único archivo a su paciente, que lo abrirá con «{ $button }».
files-not-exported = No se ha podido exportar: { $reason }

# Sharing a routine: the library's button, and the note inside every shared routine (a .zip)
share-import-button = Abrir o importar un archivo…
# README.txt in a shared routine, for a person who opens the zip by hand. Keep the command as it is.
share-readme =
    Este archivo contiene una rutina de estiramientos para stretch-timer, con sus imágenes y sonidos.

    Para añadirla a sus rutinas, abra stretch-timer y elija «{ $button }»
    en la lista de rutinas, o escriba en un terminal:  stretch-timer import { $package }

    La carpeta «{ $folder }» contiene la rutina ({ $folder }.ron, un archivo de texto) y los archivos que usa.
    Nada de este archivo es un programa, y nada de él se ejecuta nunca.

# The system's file dialogs: their titles and the kinds of file they show
dialog-open = Abrir una rutina
    .filter = Rutina o rutina compartida
dialog-save-copy = Guardar una copia de la rutina compartida
    .filter = Rutina compartida
dialog-picture = Elegir una imagen para el ejercicio { $n }
    .filter = Imagen
dialog-recording = Elegir una grabación para el ejercicio { $n }
    .filter = Grabación

# Why a routine cannot be shared, or a shared routine (a .zip package) cannot be added
share-invalid = { $file } tiene errores; corríjalos antes de compartirla:
    { $errors }
share-not-shareable = no se puede compartir { $routine }: el archivo «{ $file }» que nombra { $reason }
share-reason-case-clash = se llama igual que otro de sus archivos salvo por mayúsculas y minúsculas, que Windows y macOS no distinguen; cambie el nombre de uno de ellos
share-reason-rename = { $reason }; cámbiele el nombre
share-reason-too-deep = está en demasiadas carpetas; póngalo junto a la rutina
share-reason-not-media = no es ni una imagen ({ $pictures }) ni un sonido ({ $sounds }); guárdelo en uno de esos formatos
share-file-too-large = no se puede compartir { $file }: ocupa más de { $max }, el máximo para un archivo de una rutina compartida; hágalo más pequeño (una imagen con menos píxeles, una grabación guardada como OGG o MP3)
share-too-large-in-total = no se puede compartir { $routine }: con sus archivos ocupa más de { $max }, el máximo para una rutina compartida; haga más pequeñas sus imágenes o grabaciones
share-over-source = { $file } es la rutina o uno de sus archivos; guarde el paquete con otro nombre, por ejemplo { $suggestion }
share-no-folder = la carpeta { $folder } no existe, así que el paquete no se puede guardar ahí; cree antes la carpeta o elija una que exista
share-not-read = no se ha podido leer { $file }: { $reason }
share-not-a-package = { $package } no es un paquete de rutina de stretch-timer (no es un archivo zip, o está incompleto: pida que se lo envíen de nuevo)
share-package-too-large = { $package } ocupa más de { $max }, el máximo para un paquete de rutina, así que no lo es: pida la rutina de nuevo
share-too-many-entries = { $package } contiene más de { $max } archivos; un paquete de rutina contiene una rutina con sus imágenes y sonidos
share-entry-too-large = { $package }: «{ $entry }» ocupa al desempaquetarlo más de { $max }, el máximo para este archivo en un paquete de rutina; pida a quien se lo envió que lo haga más pequeño
share-content-too-large = { $package } ocupa al desempaquetarlo más de { $max }, el máximo para un paquete de rutina; pida un paquete con imágenes o grabaciones más pequeñas
share-unsafe-name = { $package }: «{ $entry }» { $reason }; un paquete de rutina nunca tiene nombres así, por lo que no se ha importado nada
share-link = { $package }: «{ $entry }» es un enlace a otro archivo; un paquete de rutina solo contiene archivos normales, por lo que no se ha importado nada
share-encrypted = { $package }: «{ $entry }» está protegido con contraseña; pida un paquete hecho sin ella (la exportación de stretch-timer nunca la usa)
share-unsupported = { $package }: «{ $entry }» está comprimido con { $method }, que stretch-timer no lee; pida un paquete hecho con la exportación de stretch-timer
share-damaged = { $package } está dañado («{ $entry }»: { $reason }); pida que se lo envíen de nuevo
share-duplicate-name = { $package }: «{ $entry }» aparece dos veces, o como archivo y como carpeta (los nombres que solo se diferencian en mayúsculas y minúsculas cuentan como iguales); no se ha importado nada
share-duplicate-names = { $package }: dos de sus archivos tienen el mismo nombre; no se ha importado nada
share-no-routine = { $package } no contiene ninguna rutina (un archivo .ron, arriba del todo o en su carpeta); no es un paquete de rutina de stretch-timer
share-many-routines = { $package } contiene más de una rutina ({ $found }); un paquete contiene una: pida un paquete por rutina
share-broken-routine = la rutina de { $package } tiene errores, por lo que no se ha importado; pida una corregida:
    { $errors }
share-left-out = (no se han tomado del paquete: { $skipped }; solo se importan la rutina, las imágenes ({ $pictures }) y los sonidos ({ $sounds }))
share-clash = «{ $name }» ya está entre sus rutinas ({ $existing })
share-not-installed = no se ha podido añadir la rutina a { $path }: { $reason }
share-entry-number = entrada { $number }
share-zip-checksum = su contenido no coincide con su suma de comprobación
share-zip-larger = al desempaquetarlo ocupa más de lo que indica
# What is wrong with a name inside a package, said after the name: "a/../x.png" climbs out of its folder (..)
share-name-empty = no tiene nombre
share-name-too-long = tiene un nombre demasiado largo para un archivo
share-name-absolute = es una ruta absoluta (empieza por /)
share-name-too-deep = está dentro de demasiadas carpetas
share-name-empty-part = tiene una carpeta sin nombre (dos barras seguidas)
share-name-climbs-out = sale de su carpeta (..)
share-name-dot = tiene una carpeta llamada «.»
share-name-backslash = tiene una barra invertida (\) en el nombre
share-name-colon = tiene dos puntos (:) en el nombre, como en una letra de unidad (C:)
share-name-control = tiene un carácter de control en el nombre
share-name-not-text = tiene un nombre que no es texto
share-name-outside = apunta fuera de la carpeta del paquete

## Corregir a mano un archivo de rutina

fix-not-saved = No se ha podido guardar; sus cambios siguen aquí: { $reason }
fix-saved-whole = { $file } guardado: ya no tiene errores.
fix-saved-with-problems = { $file } guardado; { $count ->
        [one] queda 1 error
       *[other] quedan { $count } errores
    } por corregir.

## Por qué un archivo, un dispositivo o una orden no pudo hacer lo que se pedía: imágenes, sonidos, el micrófono, los altavoces, la voz y las palabras propias de la línea de órdenes

# Por qué no se puede mostrar una imagen ($size y $limit son tamaños como «16 MiB»).
photo-too-large = ocupa { $size }; una imagen puede ocupar como mucho { $limit }
photo-heic = es una foto HEIC (como las que hacen los iPhone), que stretch-timer no puede mostrar; conviértala a JPEG (un iPhone hace fotos JPEG cuando el formato de su cámara es «Más compatible»)
photo-not-a-picture = no es una imagen que stretch-timer pueda mostrar (PNG, JPEG o SVG)
photo-undecodable = es una imagen { $kind } que no se puede abrir: { $reason }
photo-too-many-pixels = tiene { $width } × { $height } píxeles, más que los { $most } megapíxeles que abre stretch-timer; guárdela más pequeña
photo-no-header = le falta la cabecera de la imagen
photo-cut-short = termina antes de su último píxel
photo-cache-broken = las imágenes no se podrán mostrar hasta que vuelva a iniciar el programa
photo-no-thread = no se ha podido abrir la imagen: { $reason }

# Por qué no se puede reproducir un sonido. $playable es sound-playable.
sound-playable = WAV, OGG Vorbis, FLAC, MP3 y M4A (AAC)
sound-opus = es una grabación Opus (como las notas de voz de WhatsApp, Signal y Telegram), que stretch-timer no puede reproducir; conviértala a M4A, MP3 o WAV con cualquier conversor de audio (reproduce { $playable })
sound-amr = es una grabación AMR (como las de las grabadoras de voz de los teléfonos antiguos), que stretch-timer no puede reproducir; conviértala a M4A, MP3 o WAV con cualquier conversor de audio (reproduce { $playable })
sound-3gp = es una grabación 3GP (de un teléfono, casi siempre con AMR dentro), que stretch-timer no puede reproducir; conviértala a M4A, MP3 o WAV con cualquier conversor de audio (reproduce { $playable })
sound-picture = es una imagen, no una grabación; un archivo de sonido puede ser { $playable }
sound-unreadable = no se puede leer: { $reason }
sound-too-large = ocupa { $bytes } bytes; un archivo de sonido puede ocupar como mucho { $limit }
sound-undecodable = no es un archivo de sonido que stretch-timer pueda reproducir ({ $reason }); reproduce { $playable }
sound-empty = no contiene ningún sonido
# $cue es el nombre de la señal en un archivo de rutina, como hold_start.
sound-builtin-instead = { $problem }; en su lugar suena el sonido incorporado { $cue }
sound-step-without = { $problem }; el ejercicio { $step } empieza sin ella

# Por qué no se puede grabar nada con el micrófono.
microphone-none = no se ha encontrado ningún micrófono
microphone-denied = este ordenador no permite que stretch-timer use el micrófono
microphone-busy = otro programa está usando el micrófono
microphone-unavailable = no se ha podido abrir el micrófono
microphone-stopped = el micrófono ha dejado de enviar sonido
microphone-lost = se ha perdido parte de la grabación: el ordenador estaba demasiado ocupado
recording-silent = no se ha oído nada: la grabación está en silencio
recording-not-written = no se ha podido escribir la grabación como archivo WAV ({ $reason })

# Por qué no hay sonido. Las líneas con «stretch-timer:» van al terminal, con las palabras del propio sistema de sonido.
speaker-none = no se han encontrado altavoces ni auriculares
speaker-stopped = el dispositivo de sonido ha dejado de funcionar
speaker-silent = el dispositivo de sonido ha dejado de pedir sonido
speaker-closed-unused = el sonido se cerró mientras no sonaba nada
speaker-said = stretch-timer: el dispositivo de sonido dice: { $said } ({ $kind })
speaker-not-opened = stretch-timer: no se ha podido abrir el dispositivo de sonido: { $detail }

# La voz que dice los nombres de los ejercicios (espeak-ng, un programa aparte).
speech-install-hint = Instale espeak-ng para oír los nombres de los ejercicios: sudo apt install espeak-ng
speech-install-hint-windows = Instale eSpeak NG para Windows para oír los nombres de los ejercicios (el instalador está en github.com/espeak-ng/espeak-ng, en «Releases»); mientras tanto suenan los avisos de siempre
speech-missing = { $program } no está instalado
speech-not-started = no se ha podido iniciar { $program }: { $reason }
speech-timed-out = { $program } no terminó en { $seconds } s y se ha detenido
speech-failed = { $program } ha fallado: { $reason }
speech-no-sound = la voz generada no es un sonido que se pueda reproducir: { $reason }
speech-not-kept = no se ha podido guardar la voz en { $file }: { $reason }
speech-empty = está vacío

# stretch-timer render: el sonido de una rutina en un archivo WAV.
render-cannot-write = no se puede escribir { $file }: { $reason }
render-too-long = la rutina dura { $hours } horas; un archivo WAV puede contener como mucho 13 horas
render-names-unspoken = aviso: no se dicen los nombres de los ejercicios: { $problem }. { $hint }
render-some-names-unspoken = aviso: algunos nombres de ejercicios no se dicen: { $problem }
# $length va en segundos con un decimal, $needed en segundos enteros.
render-instructions-too-long = ejercicio { $step } («{ $name }»): sus instrucciones leídas en voz alta duran { $length } s, más de lo que permite su tiempo de preparación después del nombre: ponga prepare en al menos { $needed } s o acórtelas
render-rendering = creando { $routine }
# La barra de progreso al crear el sonido: $bar es la barra, $percent lo hecho, $eta el tiempo que falta.
render-progress = creando { $bar } { $percent } faltan { $eta }
render-note = nota: { $note }
render-done = { $file }: { $length } de sonido para «{ $routine }», { $cues ->
        [one] { $cues } señal sonora
       *[other] { $cues } señales sonoras
    }

# Las respuestas de la línea de órdenes a un valor que no puede usar. $given es lo que se escribió, entre comillas.
cli-write-one-of = escriba uno de estos: { $choices }; no { $given }
cli-voice-name = un idioma se escribe como en, en-us o de (vea `espeak-ng --voices`), no { $given }
cli-no-such-routine = no hay ninguna rutina llamada «{ $name }»: indique la ruta de un archivo .ron o uno de estos nombres: { $known }
cli-no-such-bundled-routine = esta versión no incluye ninguna rutina con ese nombre

# Los avisos de la aplicación.
# Un ejemplo de ruta de archivo, en gris en el campo donde se escribe una: una carpeta de documentos en su idioma.
notice-path-example = /home/usted/Documentos/rutina.ron
# El ejercicio en el que se detuvo una rutina, como lo dice pain-stopped-at.
pain-stopped-step-named = el ejercicio { $step } ({ $name })
pain-stopped-step = el ejercicio { $step }
library-draft-unreadable = El trabajo guardado en { $file } no se ha podido leer como borrador; el archivo se deja tal como está.
library-now-broken = «{ $routine }» tiene ahora errores y no se puede empezar; aparecen en la biblioteca.
library-no-such-routine = No hay ninguna rutina llamada «{ $name }».
library-folder-not-made = No se ha podido crear la carpeta { $folder }: { $reason }
player-not-recorded = Esta sesión de { $routine } no se registra: su archivo no se ha podido volver a leer ({ $reason }).
player-could-not-start = La rutina no ha podido empezar: { $reason }
# El botón y la pantalla que se nombran son history-start-new y el Historial: use las mismas palabras.
player-start-new-history = { $problem }; elija «Empezar un historial nuevo» en el Historial para volver a registrar
player-sounds-unusable = Algunos sonidos no se han podido usar: { $problems }
player-names-unspoken = Algunos nombres de ejercicios no se dicen: { $problem }

# La carpeta del usuario y el historial, cuando el sistema no lo permite.
home-no-folder = en este sistema no hay ninguna carpeta para sus rutinas (no hay carpeta personal); defina { $variable } o indique --home CARPETA
files-folder-not-made = no se ha podido crear la carpeta { $folder }: { $reason }
home-draft-not-encoded = no se ha podido guardar el borrador: { $reason }
home-draft-not-removed = no se ha podido quitar el borrador: { $reason }
history-no-thread = esta sesión de { $routine } no se ha podido registrar: el sistema no ha podido iniciar el proceso que la registra ({ $reason })

# stretch-timer list: cada rutina con su duración, su número de ejercicios y de quién es.
list-bundled = incluida
list-yours = suya
list-steps = { $steps ->
        [one] { $steps } ejercicio
       *[other] { $steps } ejercicios
    }
list-has-errors = tiene errores
list-yours-go-in = Sus propias rutinas van en { $folder }; `stretch-timer new NOMBRE` empieza una.

# stretch-timer plan: las fases de una rutina en una tabla y luego sus señales (--cues). Nombres de columna cortos.
plan-summary = { $routine }: { $total } en total, { $steps ->
        [one] { $steps } ejercicio
       *[other] { $steps } ejercicios
    }
plan-start = inicio
plan-length = duración
plan-phase = fase
plan-side = lado
plan-rep = rep.
plan-step = ejercicio
plan-phase-kind = { $phase ->
        [prepare] preparación
        [hold] mantener
        [rest] descanso
       *[switch] cambio de lado
    }
plan-side-kind = { $side ->
        [left] izquierdo
       *[right] derecho
    }
# Una señal en la última parte de la tabla: lo que marca. $n son los segundos que le quedan a una cuenta atrás.
plan-cue-kind = { $kind ->
        [step_start] empieza el ejercicio
        [hold_start] empieza a mantener
        [hold_end] termina de mantener
        [switch_sides] cambio de lado
        [breathe_in] tomar aire
        [breathe_out] soltar el aire
        [halfway] mitad
        [countdown] cuenta atrás { $n }
       *[routine_done] rutina completada
    }
plan-end = fin
plan-at = a los
plan-cue = señal

# Lo que debe ser un valor en la línea de órdenes.
cli-pain = el dolor es un número entero del 0 al 10, no «{ $given }»
cli-between = un número entero del { $low } al { $high }, no «{ $given }»
reminders-days-none = No se ha indicado ningún día; escriba daily, weekdays, weekends o días como mon,wed,fri.
reminders-days-unknown = «{ $given }» no es un día; escriba daily, weekdays, weekends o días como mon,wed,fri (mon, tue, wed, thu, fri, sat, sun).
cli-date = una fecha se escribe AAAA-MM-DD, por ejemplo 2025-03-04, no { $given }
cli-app-options = una rutina que abrir, --start y --style son para la aplicación: escríbalos sin ninguna orden
cli-no-window = no se ha podido abrir la ventana: { $reason }
cli-internal-error = stretch-timer: error interno; comuníquelo, por favor, junto con la orden que escribió
cli-warning = aviso: { $problem }
# Cómo suena cada estilo de señales, en stretch-timer --help. «Mantenga», «Tres», «Relájese» son avisos hablados: use las palabras de su voz.
cli-style-tones = un tono distinto para cada tipo de señal
cli-style-voice = avisos hablados («Mantenga», «Tres», «Relájese»)
cli-style-both = un tono y luego el aviso hablado

# stretch-timer new NOMBRE: una rutina propia nueva.
new-bad-name = «{ $name }» no puede ser el nombre de una rutina: { $problems }
new-exists = { $file } ya existe; modifíquelo o elija otro nombre
new-not-created = no se ha podido crear { $file }
new-not-written = no se ha podido escribir { $file }

# stretch-timer handout, export e import.
handout-written = La hoja de «{ $routine }» se ha guardado en { $file }
share-cli-bundled = «{ $id }» viene incluida: todas las copias de stretch-timer la tienen, así que no hay nada que enviar. Para enviar una versión modificada, cópiela en la aplicación («Editar una copia») y exporte la copia
share-cli-exported = «{ $routine }» exportada ({ $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }, { $bytes } bytes) a { $package }
share-cli-imported = «{ $routine }» importada a { $file }
share-cli-imported-replacing = «{ $routine }» importada a { $file } (en lugar de la que tenía)
share-cli-imported-beside = «{ $routine }» importada a { $file } (junto a la del mismo nombre que tenía)
share-cli-left-out = se ha dejado fuera: { $name } (no es una rutina, ni una imagen, ni un sonido)
share-cli-clash = stretch-timer: { $problem }; vuelva a importarla con --rename para conservar las dos (la nueva recibe otro nombre) o con --replace para que sustituya a la suya

# El historial: una sesión que no se puede leer ($what es uno de los mensajes history-unreadable-) y una exportación que ha fallado.
history-session-unreadable = la sesión { $id } no se puede leer: { $what } no es lo que escribe stretch-timer
history-unreadable-stopped-at = el ejercicio en el que se detuvo
history-unreadable-outcome = su resultado
history-unreadable-end = su final
history-unreadable-source = el origen de su rutina
history-unreadable-hash = la huella de su rutina
history-unreadable-start = su inicio
history-unreadable-seconds = sus segundos
history-unreadable-pain-before = su dolor antes
history-unreadable-pain-after = su dolor después
history-unreadable-effort = su esfuerzo
history-unreadable-hold = uno de sus mantenimientos
history-unreadable-value = un valor ({ $detail })
history-export-csv = no se ha podido escribir el historial como CSV: { $reason }
history-export-json = no se ha podido escribir el historial como JSON: { $reason }
history-export-io = no se ha podido escribir el historial: { $reason }
history-lock-taken = otro programa ha tomado el archivo de bloqueo del historial mientras se creaba

# La entrada que inicia los recordatorios al iniciar sesión, como la muestra la lista de programas de inicio.
autostart-name = Recordatorios de Stretch Timer
autostart-comment = Le recuerda sus rutinas de estiramientos a las horas que eligió

## El aviso en la parte de arriba de una pantalla

notice-open-folder = Abrir la carpeta
    .tooltip = Mostrar la carpeta en el explorador de archivos
notice-save-as = Guardar como…
notice-dismiss = Cerrar
notice-path-to-open = Ruta del archivo que quiere abrir
notice-open-this-file = Abrir este archivo
notice-path-for-copy = Dónde guardar la copia
notice-save-the-copy = Guardar la copia
notice-file-in-folder = { $file } en la carpeta { $folder }

## History: this week, the charts and the sessions

history-heading = Historial
history-all-routines = Todas las rutinas
history-report = Informe para mi fisioterapeuta
    .hover = Una página para imprimir o enviar: sesiones, dolor y notas
history-routine = Rutina
history-routine-name = Rutina: { $routine }
history-period = Periodo
history-period-name = Periodo: { $period }
history-period-weeks4 = 4 semanas
history-period-months3 = 3 meses
history-period-year = 1 año
history-period-all = Todo
history-tab-week = Esta semana
history-tab-charts = Gráficos
history-tab-sessions = Sesiones
history-problem = Ahora mismo no se puede usar su historial
history-problem-still-run = Las rutinas siguen funcionando, pero sus sesiones no se guardan hasta que esto se resuelva.
history-start-new = Empezar un historial nuevo
history-try-again = Intentar de nuevo
history-no-sessions = No hay sesiones en este periodo.
history-no-note = Sin nota
history-note = Nota: { $note }
history-add-note = Añadir una nota
    .name = Añadir una nota a la sesión del { $when }
history-edit-note = Editar la nota
    .name = Editar la nota de la sesión del { $when }
history-delete = Borrar
    .name = Borrar la sesión del { $when }
history-note-for = Nota del { $when }
history-note-name = Nota
history-save-note = Guardar la nota
history-cancel = Cancelar
history-note-not-kept = No se ha podido guardar la nota: { $reason }
history-delete-what = La sesión del { $when } ({ $routine })
history-not-deleted = No se ha podido borrar la sesión: { $reason }
history-started-new = Se ha empezado un historial nuevo. El archivo anterior se conserva como { $file }.
history-readable-again = Su historial se puede leer de nuevo; no se ha movido nada.
history-not-started-new = No se ha podido empezar un historial nuevo: { $reason }
history-report-written = El informe está en { $file }; se abre en su navegador, para imprimirlo o enviarlo.
history-report-not-written = No se ha podido escribir el informe: { $reason }

# A session in the list: how it ended, then its facts, each after a ·
session-completed = Completada
session-stopped = Terminada antes de tiempo
session-stopped-at = Terminada antes de tiempo en el ejercicio { $step }
session-stopped-at-named = Terminada antes de tiempo en el ejercicio { $step } ({ $name })
session-interrupted = Interrumpida
session-not-finished = Sin terminar
session-holds = { $done } de { $planned ->
        [one] { $planned } mantenimiento
       *[other] { $planned } mantenimientos
    }
session-pain-both = dolor { $before } antes, { $after } después
session-pain-before = dolor { $before } antes
session-pain-after = dolor { $after } después
# How long ago a day was: "today", "3 days ago", "on 2 January" (the date is written for the language).
days-ago = { $days ->
        [0] hoy
        [1] ayer
       *[other] hace { $days } días
    }
days-ago-on = el { $date }

# This week
week-heading = Esta semana
week-no-streak = Todavía no hay racha: una sesión hoy empieza una.
week-streak = Racha: { $days ->
        [one] { $days } día
       *[other] { $days } días
    } seguidos, desde el { $since }
week-rest-days = Su pauta permite { $days ->
        [one] { $days } día de descanso
       *[other] { $days } días de descanso
    } a la semana: un día sin hacerla dentro de esos no rompe la racha.
week-kept-heading = Cumplimiento de la pauta
week-no-prescription = Sin pauta: una rutina puede indicar con qué frecuencia se debe hacer (su calendario).
week-prescription = { $routine }: { $days ->
        [one] { $days } día
       *[other] { $days } días
    } a la semana, { $times ->
        [one] una vez
       *[other] { $times } veces
    } al día
week-last-7 = Últimos 7 días: { $done } de { $expected } sesiones
week-last-7-percent = Últimos 7 días: { $done } de { $expected } sesiones ({ $percent } %)
week-last-28 = Últimos 28 días: { $done } de { $expected } sesiones
week-last-28-percent = Últimos 28 días: { $done } de { $expected } sesiones ({ $percent } %)
# A day's box, as a screen reader says it.
week-day-to-come = { $day }: por llegar
week-day-not-done = { $day }: sin hacer
week-today-not-done = { $day } (hoy): sin hacer
week-day-done = { $day }: { $sessions ->
        [one] { $sessions } sesión hecha
       *[other] { $sessions } sesiones hechas
    }
week-today-done = { $day } (hoy): { $sessions ->
        [one] { $sessions } sesión hecha
       *[other] { $sessions } sesiones hechas
    }

# The charts
chart-pain-heading = Dolor antes y después
chart-no-pain = No hay niveles de dolor en este periodo.
chart-pain-counts = { $before ->
        [one] { $before } sesión
       *[other] { $before } sesiones
    } con un nivel antes, { $after ->
        [one] { $after } sesión
       *[other] { $after } sesiones
    } con un nivel después.
chart-pain-averages = Dolor medio { $before } antes, { $after } después.
chart-pain-average-before = Dolor medio { $before } antes.
chart-pain-average-after = Dolor medio { $after } después.
chart-pain-weekly = Cada punto es la media de una semana.
chart-before = Antes
chart-after = Después
chart-pain-name = Gráfico del dolor antes y después: { $words }
chart-minutes-heading = Minutos por semana
chart-minutes = { $minutes } minutos en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
chart-minutes-series = Minutos
chart-minutes-name = Gráfico de minutos por semana: { $words }
chart-sessions-heading = Sesiones por semana
chart-sessions = { $done } sesiones hechas en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }.
chart-sessions-prescribed = { $done } sesiones hechas en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }; { $prescribed } a la semana según la pauta.
chart-sessions-done = Sesiones hechas
chart-prescribed = Según la pauta
chart-sessions-name = Gráfico de sesiones por semana: { $words }

## Settings

# Each language's name for itself, as the list of languages in Settings shows it.
language-own-name = Español
settings-heading = Ajustes
settings-language = Idioma
settings-language-system = El del sistema: { $language }
settings-cues = Avisos
settings-cues-tones = Tonos
settings-cues-voice = Voz
settings-cues-both = Ambos
settings-volume = Volumen
settings-volume-said = { $percent } por ciento
settings-sound = Sonido
settings-mute = Silenciar
settings-countdown = Cuenta atrás
settings-ticks = Tictac en los últimos segundos
settings-theme = Aspecto
settings-theme-dark = Oscuro
settings-theme-light = Claro
settings-pain = Dolor
settings-ask-pain = Preguntar por el dolor antes de una rutina
settings-text-size = Tamaño del texto
settings-text-normal = Normal
settings-text-large = Grande
settings-text-largest = Muy grande
settings-step-names = Nombres de los ejercicios
settings-say-names = Decir el nombre de cada ejercicio al empezarlo
settings-no-speech = No se pueden decir los nombres de los ejercicios: { $reason }. { $hint }
settings-names-when = Con «Voz» o «Ambos»; a partir de la próxima rutina
settings-read-instructions = Leer las instrucciones
settings-read-instructions-name = Leer en voz alta las instrucciones de cada ejercicio
settings-read-when-asked = Cuando la rutina lo indique
settings-read-always = Siempre
settings-read-never = Nunca
settings-read-when = Se leen mientras se prepara, si terminan antes del mantenimiento
settings-voice-language = Idioma de los nombres de los ejercicios
settings-rate = Velocidad de la voz
settings-rate-unit = palabras por minuto

## The prescription, and what the report puts first

# The editor's prescription: how often the therapist suggests doing the routine (the file's schedule).
editor-schedule = Con qué frecuencia
    .box = Indicar con qué frecuencia hacerla
    .days = días por semana,
    .days-name = Días por semana
    .times = veces al día
    .times-name = Veces al día
editor-schedule-week = En total, { $week ->
        [one] { $week } vez
       *[other] { $week } veces
    } por semana.
editor-schedule-none = Sin indicación: el paciente la hace cuando le venga bien.
# The overview, under the routine's summary: the prescription in the report's words, then this week.
overview-suggested = Su fisioterapeuta le recomienda: { $prescription }. { $done ->
        [0] Esta semana aún no ha hecho ninguna.
        [one] Esta semana ha hecho { $done }.
       *[other] Esta semana ha hecho { $done }.
    }
# The handout, under its facts.
handout-schedule = Con qué frecuencia: <strong>{ $prescription }</strong>
# Words in a client's note that a therapist must see first (they can mean a nerve is involved).
# Not shown to anyone: a list the notes are matched against, in the language the client writes in.
# Comma-separated words or phrases; a * at the end matches any ending (numb* finds numb and
# numbness). Case and accents do not matter. Add the words your clients use.
alarm-words = punzante*, pinchazo*, agud*, lancinante*, como un latigazo, latigazo*, entumecid*, adormecid*, acorchad*, hormigueo*, cosquilleo*, ardor*, quemazón, me quema, descarga*, calambrazo*, irradia*, se me dobla, se me va la pierna, no siento
# The report's first box, in the order a therapist acts on it.
report-red-flags = Señales de alarma: pregunte primero por esto
report-trends = Evolución
report-quoted = «{ $words }»
report-flag-note = { $date }: la nota dice { $words } ({ $routine }): «{ $note }»
report-flag-high-both = { $date }: dolor { $before }/10 antes y { $after }/10 después de la sesión ({ $routine }).
report-earlier = Sesiones anteriores con dolor intenso o en aumento
report-flag-pain-earlier = { $routine }: { $count ->
        [one] { $count } sesión anterior
       *[other] { $count } sesiones anteriores
    } con dolor de { $high } o más, o que subió { $rise } o más durante la sesión, del { $from } al { $to } (como máximo { $highest }/10).
# The notes table's column: pain before → after the session.
report-note-pain = Dolor antes → después
report-key-pair = una sesión, de antes a después
# The History chart's key: the line that joins a session's pain before and after.
chart-pair = Una sesión, de antes a después
# Under a number field in the editor, when a word was typed into it ("three").
editor-not-a-number = «{ $typed }» no es un número, así que se queda en { $value }: escríbalo en cifras, por ejemplo 3.
# Under a step's recording in the editor, when it is too long for the step's Get ready ($label).
editor-voice-too-long = La grabación dura { $length } s, más de lo que permite «{ $label }» en este ejercicio: suena después del aviso de inicio del ejercicio (hasta { $after } s con sus palabras), y «{ $label }» es { $prepare }. Ponga «{ $label }» en al menos { $needed }, o grábela más corta.
# Under the typed path when no file dialog can be shown: the field keeps its text to be corrected.
files-typed-not-found = No hay ningún archivo en { $path }. Revise cómo está escrito, o pegue la ruta desde su explorador de archivos.
files-typed-is-folder = { $path } es una carpeta. Escriba la ruta del archivo que contiene, terminada en .ron o .zip.
files-typed-no-folder = No existe la carpeta { $folder }. Revise cómo está escrita, o elija una carpeta que exista.
# The command line, when several routines are shown under the name given: each as it can be named.
cli-routine-ambiguous = hay varias rutinas que se llaman «{ $name }»: indique la que quiere así: { $routines }
# Where the library lists a routine imported from a package (as a therapist sends one).
shelf-from-therapist = de su fisioterapeuta

## The report for the therapist (a page to print or send)
# Words in <strong> stand out on the page: keep the marks around the same words.

report-title = Informe de evolución
report-title-routine = Informe de evolución: { $routine }
report-period = Del <strong>{ $from }</strong> al <strong>{ $to }</strong> ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    })
report-summary-none = Ninguna sesión.
report-summary = { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    }: { $completed ->
        [one] { $completed } completada
       *[other] { $completed } completadas
    }, { $shortened ->
        [one] { $shortened } acortada saltando partes
       *[other] { $shortened } acortadas saltando partes
    }, { $stopped ->
        [one] { $stopped } terminada antes de tiempo
       *[other] { $stopped } terminadas antes de tiempo
    }, { $interrupted ->
        [one] { $interrupted } interrumpida
       *[other] { $interrupted } interrumpidas
    }.
report-look-at = A tener en cuenta
report-nothing-to-flag = Nada que señalar: ningún nivel de dolor de { $high } o más, ninguna sesión tras la que el dolor fuera { $rise } o más puntos mayor que antes, ninguna semana en la que el dolor medio subiera { $week_rise } o más, ningún ejercicio interrumpido repetidamente.
report-pain-section = Dolor
report-pain-heading = Dolor antes y después de cada sesión
report-no-sessions = No se registraron sesiones en este periodo.
report-notes-section = Notas
report-notes-heading = Notas del paciente
report-no-notes = No hay notas en este periodo.
report-date = Fecha
report-routine = Rutina
report-note = Nota
report-footer = El dolor es el que indicó el propio paciente, de 0 (nada) a 10 (el peor imaginable). Una sesión cuenta como hecha si se completó tal como estaba prevista, o si, acortada saltando partes o terminada antes de tiempo, tuvo al menos la mitad de los mantenimientos hechos; sus minutos son el tiempo realmente practicado, sin contar lo saltado ni las pausas. Hecho con stretch-timer; nada de esto salió del ordenador del paciente hasta que decidió compartirlo.
report-flag-high-before = { $date }: dolor { $pain }/10 antes de la sesión ({ $routine }).
report-flag-high-after = { $date }: dolor { $pain }/10 después de la sesión ({ $routine }).
report-flag-pain-rose = { $date }: el dolor subió de { $before } a { $after } durante la sesión ({ $routine }).
report-flag-week-rose = Semana del { $week }: dolor medio { $average }, frente a { $previous } la semana anterior.
report-flag-stops = { $routine }: terminada antes de tiempo { $times } veces en el ejercicio { $step } «{ $name }» (la última, el { $last }).
report-prescribed = Pauta: { $prescription }.
report-done-of = Hechas <strong>{ $done } de { $expected }</strong> sesiones pautadas.
report-done-of-percent = Hechas <strong>{ $done } de { $expected }</strong> sesiones pautadas ({ $percent } %).
report-no-prescription = { $done ->
        [one] { $done } sesión hecha
       *[other] { $done } sesiones hechas
    }. El archivo de la rutina no indica ninguna pauta (o ya no está).
report-week-of = Semana del
report-done = Hechas
report-prescribed-column = Pautadas
report-minutes = Minutos
report-average-pain = Dolor medio
report-prescription = { $days ->
        [7] todos los días
        [one] { $days } día a la semana
       *[other] { $days } días a la semana
    }, { $times ->
        [1] una vez al día
        [2] dos veces al día
       *[other] { $times } veces al día
    } ({ $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } a la semana)
report-chart-title = Dolor antes y después de cada sesión, de 0 a 10
report-key-before = antes
report-key-after = después
report-key-high = { $high } o más: alto
report-no-pain = No se indicaron niveles de dolor en este periodo.

## What went wrong, as a notice or the command line says it (these continue a sentence: no capital)

fault-disk-full = el disco está lleno: libere algo de espacio y vuelva a intentarlo
fault-quota = se ha agotado su espacio en el disco: libere algo de espacio y vuelva a intentarlo
fault-read-only-disk = el disco es de solo lectura: no se puede guardar nada en él
fault-not-allowed = no tiene permiso para cambiarlo
fault-not-found = no existe
fault-held-open = otro programa lo tiene abierto y no deja reemplazarlo; ciérrelo allí (o cierre ese programa) y vuelva a intentarlo
fault-not-written = no se ha podido escribir { $file }: { $reason }
history-error-corrupt = su archivo de historial { $file } está dañado y no se puede leer ({ $detail }); se deja tal como está
history-error-locked = otro programa está usando su archivo de historial { $file } y lo mantiene bloqueado; cierre ese programa (un visor de bases de datos, por ejemplo) y vuelva a intentarlo
history-error-too-new = su archivo de historial { $file } lo escribió una versión más reciente de stretch-timer (versión de historial { $found }; esta versión lee hasta la { $supported }); actualice stretch-timer para usarlo; el archivo se deja tal como está
history-error-read-only = no se puede escribir en su archivo de historial { $file }: el archivo o su carpeta son de solo lectura
history-error-full = el disco donde está su archivo de historial { $file } está lleno; libere algo de espacio
history-error-other = no se ha podido usar su archivo de historial { $file }: { $reason }
history-error-no-hold = al ejercicio { $step } no le queda ningún mantenimiento por registrar en esta sesión
history-error-no-hold-side = al ejercicio { $step } ({ $side }) no le queda ningún mantenimiento por registrar en esta sesión
history-error-not-open = el historial no está abierto
record-error-waiting = esta sesión de { $routine } todavía no está guardada: otro programa está usando su archivo de historial { $file }; se guardará en cuanto ese programa lo suelte
record-error = no se ha podido guardar esta sesión de { $routine }: { $reason }

## The command line's history (stretch-timer history)

cli-history-no-match = Ninguna sesión coincide.
cli-history-none-yet = Todavía no hay sesiones guardadas: `stretch-timer run RUTINA` guarda una.
cli-history-started = Inicio
cli-history-routine = Rutina
cli-history-outcome = Resultado
cli-history-time = Duración
cli-history-holds = Mantenimientos
cli-history-pain = Dolor
cli-history-effort = Esfuerzo
cli-history-note = Nota
cli-history-running = En curso
cli-history-stopped-at = Terminada en el ejercicio { $step }
cli-history-set-aside-hint = { $problem }. Para volver a guardar sesiones, ejecute `stretch-timer history --set-aside`: aparta el archivo dañado (se conserva, no se borra) y empieza un historial nuevo
cli-history-moved = Su historial dañado se ha movido a { $file } (se conserva, no se ha borrado). Ha empezado un historial nuevo: las sesiones se vuelven a guardar.
cli-history-fine = Su historial { $file } se puede leer y escribir: no se ha movido nada.
cli-history-left-out = { $problem }; se deja fuera

## The command line's run and report (stretch-timer run, stretch-timer report)

cli-run-no-sound = stretch-timer: se sigue sin sonido: siga la pantalla
cli-run-warning = aviso: { $problem }
cli-run-ctrl-c = Ctrl-C detiene la rutina.
cli-run-pain-before = ¿Cuánto le duele en este momento, de 0 (nada) a 10 (lo peor)? Intro para saltar:
cli-run-pain-after = ¿Cuánto le duele ahora, de 0 (nada) a 10 (lo peor)? Intro para saltar:
cli-run-pain-again = Un número entero de 0 a 10, o Intro para saltar:
cli-run-not-started = No se ha empezado.
cli-run-not-recorded = no se ha podido guardar esta sesión de { $routine }: su archivo no se ha podido volver a leer ({ $reason })
cli-run-sound-lost = sin sonido: { $reason }
cli-run-sound-back = el sonido ha vuelto
cli-run-timer-stopped = el temporizador de los avisos se ha detenido ({ $reason }); ahora los avisos siguen a esta pantalla
cli-run-complete = Rutina completada.
cli-run-stopped = Detenida.
cli-run-done = Terminado
cli-run-side = { $side ->
        [left] izquierda
        [right] derecha
       *[none] -
    }
cli-run-status = { $what } · { $step } · { $side } · rep. { $rep }/{ $reps } · quedan { $left } ({ $total } en total)
cli-run-status-paused = { $what } · { $step } · { $side } · rep. { $rep }/{ $reps } · quedan { $left } ({ $total } en total) (en pausa)
cli-report-written = Se ha escrito el informe de { $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } en { $file }

## Odd files met on the way

media-not-a-file = { $kind ->
        [folder] es una carpeta, no un archivo
        [pipe] es una tubería con nombre, no un archivo
        [socket] es un socket, no un archivo
        [device] es un dispositivo, no un archivo
       *[other] es un archivo especial, no un archivo normal
    }
media-no-free-name = todos los nombres de archivo para esta copia están ocupados
check-cannot-read-folder = no se puede leer la carpeta { $folder }

## La ayuda de la línea de órdenes (stretch-timer --help) y lo que dice cuando una orden está mal escrita. Los nombres de opción (--out), las órdenes (run) y los valores (tones) se quedan como se escriben.

cli-help-about = Rutinas de estiramiento guiadas y cronometradas con exactitud. Sin ninguna orden, abre la aplicación.
cli-help-check = Revisar archivos de rutina (o cada archivo .ron de una carpeta) y señalar cada error con su línea y columna. Código de salida 0: todo es válido; 1: alguno tiene errores; 2: no se pudo leer un archivo.
cli-help-plan = Mostrar el desarrollo de una rutina: cada fase con su comienzo y su duración.
cli-help-list = Mostrar las rutinas disponibles, las incluidas y las suyas, con su duración total.
cli-help-new = Crear una rutina nueva a partir de una plantilla comentada en su carpeta de rutinas y mostrar su ruta: para escribir rutinas en su propio editor de texto.
cli-help-export = Reunir una rutina y las imágenes y sonidos que nombra en un solo archivo .zip, para enviársela a un paciente.
cli-help-import = Añadir a sus rutinas una rutina compartida (un archivo .zip hecho con export). No se ejecuta nada de su contenido; se revisa antes de añadirla.
cli-help-render = Grabar la pista de audio completa de una rutina (cada aviso en su momento) en un archivo WAV, más rápido que en tiempo real: para escuchar una rutina de principio a fin o seguirla en el móvil.
cli-help-handout = Crear una hoja para imprimir (una página HTML, con sus imágenes) de una rutina: ábrala en el navegador e imprímala, o envíesela al paciente con la rutina.
cli-help-run = Reproducir una rutina ahora, con sonido y una línea que muestra por dónde va. Ctrl+C la detiene.
cli-help-history = Mostrar las sesiones que ha hecho (cada vez queda registrada), de la más antigua a la más reciente: una tabla, o CSV o JSON para otros programas.
cli-help-report = Crear un informe para su fisioterapeuta (una página HTML para imprimir): sesiones por semana frente a lo indicado, el dolor antes y después a lo largo del tiempo, lo que conviene revisar y sus notas.
cli-help-remind = Recordatorios: un aviso en el escritorio a las horas que elija, con «Empezar ahora».
cli-help-remind-set = Recordarme una rutina a una hora del día con un aviso en el escritorio. Para varias veces al día, repita la orden con cada hora.
cli-help-remind-list = Mostrar los recordatorios, con cuándo toca cada uno.
cli-help-remind-off = Desactivar los recordatorios de una rutina, o todos.
cli-help-remind-daemon = Poner en marcha el servicio de recordatorios: un programa en segundo plano (sin ventana ni sonido) que muestra cada recordatorio a su hora. Se inicia al entrar en la sesión en cuanto hay un recordatorio. Código de salida 2 si no hay bus de sesión del escritorio o servicio de notificaciones.
cli-help-help-command = Mostrar esta ayuda, o la ayuda de la orden indicada.
cli-help-help-which = La orden de la que mostrar la ayuda.
cli-help-help = Mostrar esta ayuda.
cli-help-help-more = Mostrar esta ayuda (--help dice más, -h menos).
cli-help-version = Mostrar la versión del programa.
cli-help-home = La carpeta de sus propias rutinas y borradores, en lugar de la habitual (también con la variable de entorno STRETCH_TIMER_HOME).
cli-help-lang = El idioma de los textos del programa y de su voz (en, de, es, fr), en lugar del elegido en los Ajustes de la aplicación o el del sistema (en la ventana manda el idioma elegido en los Ajustes). Una rutina que indica su propio idioma habla en ese.
cli-help-app-routine = Una rutina que abrir en la aplicación: un archivo .ron o el nombre de una rutina incluida.
cli-help-app-start = Empezar la rutina enseguida (para un acceso directo en el escritorio a «mi rutina de cada día»).
cli-help-app-style = Tipo de aviso para esta vez que se abre la aplicación, como si se eligiera en sus ajustes.
cli-help-check-paths = Archivos de rutina o carpetas.
cli-help-any-routine = Un archivo .ron o el nombre de una rutina incluida (vea stretch-timer list).
cli-help-plan-json = Mostrar JSON en lugar de una tabla.
cli-help-plan-cues = Mostrar también cada aviso (sonido) con su momento.
cli-help-new-name = El nombre de la rutina, tal como lo verá el paciente.
cli-help-export-routine = Un archivo .ron o el nombre de una de sus rutinas.
cli-help-export-out = El archivo que se crea (si no se indica, NOMBRE.zip en la carpeta actual).
cli-help-import-package = El archivo .zip.
cli-help-import-rename = Si ya tiene una rutina con el mismo nombre, conservar las dos (la nueva con otro nombre).
cli-help-import-replace = Si ya tiene una rutina con el mismo nombre, sustituirla por la nueva.
cli-help-render-out = El archivo WAV que se crea.
cli-help-page-out = El archivo HTML que se crea.
cli-help-style = Tonos, avisos hablados o ambos.
cli-help-speak-names = Decir el nombre de cada ejercicio y el lado al empezarlo («Estiramiento del psoas en el banco. Lado izquierdo.») en lugar de «Otro ejercicio» (con voice y both), hecho con espeak-ng si está instalado; si no, los avisos de siempre. Es lo predeterminado, como en la aplicación.
cli-help-no-speak-names = No decir los nombres de los ejercicios: solo los avisos de siempre («Prepárese», «Otro ejercicio»).
cli-help-read-instructions = Cuándo leer además las indicaciones de cada ejercicio mientras se prepara, si terminan antes de empezar a mantener: when-asked (la rutina dice read_instructions: true), always (también --read-instructions solo) o never.
cli-help-speech-voice = La voz de espeak-ng con la que se dicen los nombres de los ejercicios (en-us, en-gb, de, fr-fr, …), si habla el idioma de la voz: el de la rutina o, si no, el del programa (--lang). Por defecto, la voz propia de ese idioma.
cli-help-speech-rate = A qué velocidad se dicen los nombres de los ejercicios, en palabras por minuto (de 80 a 260).
cli-help-run-volume = Volumen de 0 a 100.
cli-help-run-silent = Sin ningún sonido (solo lo que se ve).
cli-help-run-pain-before = Su dolor antes, de 0 (nada) a 10 (el peor), en lugar de que se lo pregunte.
cli-help-run-pain-after = Su dolor después, de 0 a 10, en lugar de que se lo pregunte.
cli-help-run-no-ask = No preguntar por el dolor (de todos modos solo se pregunta cuando escribe en un terminal).
cli-help-history-since = Solo las sesiones desde este día (AAAA-MM-DD).
cli-help-only-routine = Solo las sesiones de la rutina con este nombre.
cli-help-history-csv = Una fila por sesión, con las columnas started_at, routine, outcome, seconds, holds_done, holds_planned, pain_before, pain_after, effort, note.
cli-help-history-json = Lo mismo que --csv, más lo que se mantuvo en cada ejercicio y lado, en JSON.
cli-help-history-set-aside = Apartar un archivo de historial dañado (se guarda, no se borra) y empezar uno nuevo, para que las sesiones vuelvan a quedar registradas.
cli-help-report-since = El informe empieza este día (AAAA-MM-DD); si no se indica, hace 12 semanas.
cli-help-remind-set-routine = Un archivo .ron, el nombre de una rutina incluida o una de las suyas.
cli-help-remind-set-at = La hora del día, en formato de 24 horas.
cli-help-remind-set-days = Qué días: daily (cada día), weekdays (de lunes a viernes), weekends (los fines de semana) o días como mon,wed,fri.
cli-help-remind-off-routine = La rutina, tal como se indicó; sin ella, se desactivan todos los recordatorios.
cli-help-values = Valores posibles:
cli-help-with-values = { $help } [valores posibles: { $values }]
cli-help-with-default = { $help } [por defecto: { $value }]
cli-heading-usage = Uso
cli-heading-commands = Órdenes
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-value-routine = RUTINA
cli-value-path = RUTA
cli-value-name = NOMBRE
cli-value-package = PAQUETE
cli-value-dir = CARPETA
cli-value-lang = IDIOMA
cli-value-style = TIPO
cli-value-file = ARCHIVO.{ $kind }
cli-value-number = N
cli-value-date = FECHA
cli-value-time = HH:MM
cli-value-days = DÍAS
cli-value-when = CUÁNDO
cli-value-voice = VOZ
cli-value-wpm = PPM
cli-value-volume = VOLUMEN
cli-value-command = ORDEN
cli-value-options = OPCIONES
cli-error = error:
cli-error-tip = consejo:
cli-error-more = Para saber más, pruebe { $flag }.
cli-error-no-value = { $arg } necesita un valor y no se ha dado ninguno
cli-error-invalid-value = { $arg } no admite el valor { $value }
cli-error-unknown = esta orden no admite { $arg }
cli-error-twice = { $arg } solo se puede dar una vez
cli-error-conflict = { $arg } no se puede dar junto con { $other }
cli-error-conflict-any = { $arg } no se puede dar junto con una de las otras opciones
cli-error-missing = falta esto, que es necesario: { $args }
cli-error-too-many = no se esperaba { $value }: { $arg } no admite más valores
cli-error-no-equals = { $arg } lleva su valor detrás de un signo igual, sin espacio: { $arg }=…
cli-error-unknown-command = { $command } no es una orden
cli-error-no-command = { $command } necesita una orden detrás
cli-error-other = no se pudo leer la línea de órdenes
cli-error-did-you-mean = ¿quería decir { $close }?
cli-error-as-value = para dar { $arg } como valor y no como opción, escriba -- delante: { $form }
