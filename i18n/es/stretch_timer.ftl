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
