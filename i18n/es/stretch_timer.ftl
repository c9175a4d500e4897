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
        [one] 1 ejercicio
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
        [one] 1 ejercicio
       *[other] { $steps } ejercicios
    }
overview-facts-by = { $time } en total · { $steps ->
        [one] 1 ejercicio
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
        [one] 1 ejercicio
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
        [one] 1 segundo
       *[other] { $s } segundos
    }
time-minutes = { $m ->
        [one] 1 minuto
       *[other] { $m } minutos
    }
time-minutes-seconds = { $m ->
        [one] 1 minuto
       *[other] { $m } minutos
    } y { $s ->
        [one] 1 segundo
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
        [one] 1 ejercicio
       *[other] { $steps } ejercicios
    } · previsto { $planned } · ha durado { $took }
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

## La pregunta por el dolor, antes de una rutina y al terminarla antes de tiempo

pain-question = ¿Cuánto le duele en este momento?
pain-before = Antes de «{ $routine }»
pain-stopped-at = { $routine }: terminada en { $step }
pain-scale = 0 es nada de dolor; 10, el peor dolor que pueda imaginar
pain-keys = También puede responder con las teclas del 0 al 9
pain-button-name = Dolor { $pain }
pain-skip = Saltar
    .tooltip = Seguir sin puntuar (S)
pain-skip-and-start = Saltar y empezar
pain-not-now = Ahora no

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

## Corregir a mano un archivo de rutina

fix-not-saved = No se ha podido guardar; sus cambios siguen aquí: { $reason }
fix-saved-whole = { $file } guardado: ya no tiene errores.
fix-saved-with-problems = { $file } guardado; { $count ->
        [one] queda 1 error
       *[other] quedan { $count } errores
    } por corregir.

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
