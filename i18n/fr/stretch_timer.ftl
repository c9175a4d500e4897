# Les mots de Stretch Timer en français. Modèle : i18n/en/stretch_timer.ftl.
# On vouvoie la personne, comme au cabinet de kinésithérapie.

## La liste des programmes

library-heading = Programmes
library-history = Historique
    .tooltip = Vos séances, niveaux de douleur et notes
library-new = Nouveau programme
library-new-blank = Programme vierge
library-new-copy-of = Partir d’une copie de
library-copy-of = Copie de { $name }
library-path-hint = ou tapez ou collez le chemin d’un fichier .ron ou .zip
library-path-name = Chemin du fichier du programme
library-open-path = Ouvrir ce chemin
library-untitled = Programme sans nom
library-unsaved-changes = Modifications non enregistrées de « { $name } » ({ $file })
library-unsaved-new = Nouveau programme non enregistré « { $name } »
library-discard = Abandonner
library-discard-name = Abandonner les modifications de { $name }
library-continue = Reprendre
library-continue-name = Reprendre la modification de { $name }
library-facts = { $time } · { $steps ->
        [one] { $steps } exercice
       *[other] { $steps } exercices
    } · { $shelf }
library-last-done = · Dernière fois : { $when }
library-broken = Ce programme contient des erreurs et ne peut pas être lancé · { $shelf }
library-problem-at = ligne { $line }, colonne { $column } : { $problem }
library-more-problems = … et { $count } de plus

## Où un programme est rangé

shelf-bundled = fourni
shelf-yours = le vôtre
shelf-opened = de { $folder }

## Un programme avant de commencer

overview-back = Tous les programmes
overview-start = Commencer
overview-edit = Modifier
overview-edit-copy = Modifier une copie
overview-remind-me = Me le rappeler
    .tooltip = Les heures auxquelles ce programme vous sera rappelé
overview-handout = Fiche à imprimer
    .tooltip = Une page avec tous les exercices, à imprimer ou à envoyer
overview-export = Exporter pour partager
    .tooltip = Un seul fichier avec le programme, ses images et ses sons
overview-facts = { $time } au total · { $steps ->
        [one] { $steps } exercice
       *[other] { $steps } exercices
    }
overview-facts-by = { $time } au total · { $steps ->
        [one] { $steps } exercice
       *[other] { $steps } exercices
    } · par { $author }
overview-before-you-start = Avant de commencer
overview-step-title = { $number }. { $name }
overview-step-in-all = { $time } au total

## Ce que demande chaque exercice, à l’écran et sur la fiche

detail-hold-once = Tenir { $hold }
detail-hold-once-left = Tenir { $hold }, côté gauche seulement
detail-hold-once-right = Tenir { $hold }, côté droit seulement
detail-hold-once-both = Tenir { $hold } de chaque côté (d’abord à gauche, puis à droite)
detail-holds = { $reps } × { $hold } de maintien
detail-holds-left = { $reps } × { $hold } de maintien, côté gauche seulement
detail-holds-right = { $reps } × { $hold } de maintien, côté droit seulement
detail-holds-both = { $reps } × { $hold } de maintien de chaque côté (d’abord à gauche, puis à droite)
detail-prepare = { $time } pour vous mettre en position
detail-rest = { $time } de repos entre deux maintiens
detail-switch-sides = { $time } pour changer de côté
detail-breathe = Pendant le maintien, inspirez pendant { $pace }, expirez pendant { $pace }
detail-halfway = Un son marque le milieu de chaque maintien

## Une durée en toutes lettres

duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-hours-seconds = { $h } h { $s } s
duration-hours-minutes-seconds = { $h } h { $m } min { $s } s


## La fiche à imprimer

handout-prepared-by = Préparé par <strong>{ $author }</strong>
handout-total-time = Durée totale : <strong>{ $time }</strong>
handout-steps = { $steps ->
        [one] { $steps } exercice
       *[other] { $steps } exercices
    }
handout-safety = Sécurité
handout-before-you-start = Avant de commencer
handout-notes = Notes
handout-made-with = Réalisé avec stretch-timer
handout-step-title = { $number }. { $name }
handout-picture-alt = Exercice { $number } : { $name }
handout-picture-missing = L’image « { $file } » manque : { $reason }.
handout-picture-left-out = exercice { $step } « { $name } » : l’image « { $file } » n’est pas dans la fiche : { $reason }
handout-clock-minutes = { $clock } min
handout-clock-hours = { $clock } h

## Pourquoi une image ne peut pas être utilisée

picture-unreadable = le fichier n’a pas pu être lu : { $reason }
picture-too-large-for-handout = il fait { $size } Mio, et une fiche accepte des images jusqu’à { $limit }
picture-too-large = il fait { $size } Mio, et une image ne peut pas dépasser { $limit }
picture-kind-unsupported = une fiche accepte les images PNG, JPEG et SVG, et le nom de ce fichier ne se termine pas par .png, .jpg, .jpeg ou .svg
picture-not-its-kind = le fichier porte le nom d’une image { $kind }, mais son contenu n’en est pas une


## Ce que fait la personne, tel que le lecteur l’appelle (en grand, et dit par le lecteur d’écran)

phase-prepare = Préparez-vous
phase-hold = Tenez
phase-rest = Repos
phase-switch-sides = Changez de côté
breath-in = Inspirez
breath-out = Expirez

## Une durée en mots, comme la dit un lecteur d’écran

time-seconds = { $s ->
        [one] { $s } seconde
       *[other] { $s } secondes
    }
time-minutes = { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    }
time-minutes-seconds = { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    } et { $s ->
        [one] { $s } seconde
       *[other] { $s } secondes
    }
time-left = il reste { $time }

## Le lecteur

player-paused = En pause : Espace pour reprendre
player-complete = Programme terminé
player-step-of = · Exercice { $step } sur { $steps }
player-progress = { $elapsed } sur { $total }
player-progress-name = Progression : { $elapsed } sur { $total }
player-timer-stopped = Le minuteur des signaux s’est arrêté ({ $reason }) : les signaux ne sonnent plus que tant que cette fenêtre est ouverte et visible.
player-no-sound = Pas de son : { $reason }. Suivez l’écran.
player-retry-sound = Réessayer le son
player-back = Retour
player-restart-step = Recommencer l’exercice
player-pause = Pause
player-resume = Reprendre
player-skip = Passer
player-stop = Arrêter
player-mute = Couper le son
player-unmute = Remettre le son
player-rep-of = Répétition { $rep } sur { $reps }
player-side-left = GAUCHE
    .name = Côté gauche
player-side-right = DROITE
    .name = Côté droit
player-picture-of = Image de { $step }
player-last = C’est la dernière : ensuite, le programme est terminé
player-next-step = Ensuite : { $step } ({ $length }, { $phase ->
        [prepare] préparation
        [hold] maintien
        [rest] repos
       *[switch] changement de côté
    })
player-next-hold-side = Ensuite : maintien, { $side ->
        [left] côté gauche
       *[right] côté droit
    } ({ $length })
player-next-hold-rep = Ensuite : maintien, répétition { $rep } sur { $reps } ({ $length })
player-next-hold = Ensuite : maintien ({ $length })
player-next-rest = Ensuite : repos ({ $length })
player-next-switch = Ensuite : changement de côté ({ $length })
player-next-prepare = Ensuite : préparation ({ $length })

## Moving through a routine, and the screens' small words

player-to-previous-step = Exercice précédent
player-to-next-step = Exercice suivant
key-down = Flèche bas
key-up = Flèche haut
key-page-down = Page suivante
key-page-up = Page précédente
pain-ten-key = D

## Les touches du lecteur, telles que les nomment les info-bulles de ses boutons

key-space = Espace
key-escape = Échap
key-left = Flèche gauche
key-right = Flèche droite
key-plus = Plus
key-equals = =
key-minus = Moins
key-letter = { $letter }
keys-either = { $first } ou { $second }

## Ce qui est dit au lecteur d’écran pendant un programme

announce-prepare = Préparez-vous : { $step }{ $side ->
        [left] , côté gauche
        [right] , côté droit
       *[none] {""}
    }, { $length }.
announce-hold = Tenez : { $step }{ $side ->
        [left] , côté gauche
        [right] , côté droit
       *[none] {""}
    }{ $reps ->
        [1] {""}
       *[other] , répétition { $rep } sur { $reps }
    }, { $length }.
announce-rest = Repos, { $length }. Ensuite, répétition { $rep } sur { $reps }.
announce-switch-sides = Changez de côté, { $length }.
announce-switch-to = Changez de côté : ensuite le { $side ->
        [left] côté gauche
       *[right] côté droit
    }, { $length }.
announce-paused = En pause.
announce-breathe-in = Inspirez.
announce-breathe-out = Expirez.
announce-paused-left = En pause, il reste { $time }.
announce-going-on = On reprend, il reste { $time }.
announce-to-go = Encore { $time }.
announce-tick = { $n }.


## Après un programme

finish-back-to-editor = Retour à l’éditeur
finish-back-to-routines = Retour aux programmes
finish-again = Recommencer
finish-complete = Programme terminé
finish-facts = { $steps ->
        [one] { $steps } exercice
       *[other] { $steps } exercices
    } · prévu { $planned } · fait { $played }
finish-well-done = Bravo. Relevez-vous doucement et buvez un peu d’eau.
finish-pain-now = Quelle est votre douleur maintenant ?
finish-how-hard = Comment avez-vous trouvé l’effort ?
finish-note-heading = Un mot pour votre kinésithérapeute
finish-note-hint = Facultatif : comment ça s’est passé, ce qui était difficile
finish-note-name = Note
finish-kept = Vos réponses sont enregistrées avec cette séance quand vous quittez cette page.
effort-too-easy = Trop facile
effort-about-right = Comme il faut
effort-too-hard = Trop difficile

## Comment une séance s’est terminée, tel que l’écran de fin, l’historique et le rapport le disent

finish-shortened = Terminé, avec des parties sautées
finish-shortened-said = Vous en avez fait { $played } et sauté { $skipped }. Ce n’est pas grave : votre kinésithérapeute verra ce qui a été sauté.
finish-stopped = Programme arrêté
finish-stopped-said = La séance s’est arrêtée à { $step }, après { $played }. Si quelque chose vous a fait mal, notez-le ci-dessous, s’il vous plaît.
session-shortened = Raccourcie en sautant des parties

## Les rappels : dans les Réglages, « Me le rappeler » sur la page d’un programme, un rappel dû dans la fenêtre, la notification du bureau et `stretch-timer remind`

reminders-heading = Rappels
reminders-desktop-with-buttons = Ce bureau affiche les rappels sous forme de notifications, avec « Commencer maintenant » et « Dans 15 minutes ».
reminders-desktop-without-buttons = Ce bureau affiche les rappels sous forme de notifications, mais sans boutons (il n’en propose pas).
reminders-desktop-no-bus = Il n’y a pas de bus de session du bureau pour afficher des notifications : les rappels ne peuvent donc pas apparaître sous forme de notifications. Tant que Stretch Timer est ouvert, il vous les rappelle dans sa fenêtre.
reminders-desktop-no-server = Aucun service de notifications ne tourne sur ce bureau : les rappels ne peuvent donc pas apparaître sous forme de notifications. Tant que Stretch Timer est ouvert, il vous les rappelle dans sa fenêtre.
reminders-desktop-cannot = { $why }. Tant que Stretch Timer est ouvert, il vous les rappelle dans sa fenêtre.
reminders-desktop-asking = On demande au bureau s’il affiche les notifications…
reminders-presence-failed = { $why } : le service de rappels risque d’afficher un rappel que cette fenêtre affiche aussi.
reminders-set-aside = Mettre le fichier abîmé de côté et recommencer
reminders-kept-aside = Le fichier abîmé est conservé sous le nom { $file } ; vous pouvez de nouveau programmer des rappels.
reminders-none = Aucun rappel n’est programmé.
reminders-remove = Supprimer
reminders-remove-name = Supprimer le rappel de { $time } pour { $routine }
reminders-add-heading = Ajouter un rappel :
reminders-routine = Programme
reminders-time = Heure
reminders-time-name = Heure du rappel
reminders-add = Ajouter le rappel
reminders-removed = Le rappel est supprimé.
reminders-every-day = Tous les jours
reminders-weekdays = En semaine
reminders-chosen-days = Certains jours
reminders-tick-a-day = Cochez au moins un jour.
reminders-time-form = « { $given } » n’est pas une heure ; écrivez les heures et les minutes, par exemple 08:00 ou 18:30.
reminders-time-hour = « { $given } » n’est pas une heure : l’heure doit être comprise entre 0 et 23.
reminders-time-minute = « { $given } » n’est pas une heure : les minutes doivent être comprises entre 00 et 59.
reminders-due = Rappel
reminders-dismiss = Fermer
reminders-remind-me = Me le rappeler
reminders-prescribed = Prescrit { $days ->
        [7] tous les jours
        [one] { $days } jour par semaine
       *[other] { $days } jours par semaine
    }, { $times ->
        [one] une fois par jour
        [2] deux fois par jour
       *[other] { $times } fois par jour
    }. Ces heures sont des suggestions : changez-les comme vous le souhaitez.
reminders-no-prescription = Pas de prescription : un rappel par jour vous est suggéré. Changez-le comme vous le souhaitez.
reminders-time-days = { $time } { $days }
reminders-already = Déjà programmés : { $list } (vous pouvez les supprimer dans les Réglages).
reminders-time-n = Heure { $n }
reminders-time-n-name = Heure du rappel { $n }
reminders-remove-time-n = Supprimer l’heure { $n }
reminders-add-time = Ajouter une heure
reminders-save = Enregistrer les rappels
reminders-set-for = Rappels programmés pour { $routine } : { $times }, { $days }.
reminders-not-saved = { $why } Regardez les Rappels dans les Réglages.
reminders-not-noted = Impossible de noter quels rappels ont été affichés ({ $why }) : l’un d’eux pourrait donc revenir.
reminders-probe-failed = impossible d’interroger le bureau : { $why }
reminders-probe-unanswered = le bureau n’a pas répondu à la question
reminders-autostart-written = Dès votre prochaine connexion, ils s’affichent même quand Stretch Timer est fermé.
reminders-autostart-removed = Plus rien ne vous est rappelé à la connexion.
reminders-autostart-failed = Ils ne s’affichent que tant que Stretch Timer est ouvert : { $why }.
remind-days-every-day = tous les jours
remind-days-weekdays = en semaine
remind-days-weekends = le week-end
remind-times-and = { $most } et { $last }
remind-start-now = Commencer maintenant
remind-snooze = Dans 15 minutes
remind-time-for = C’est l’heure de { $routine }
remind-takes = { $minutes ->
        [0] Cela prend moins d’une minute.
        [one] Cela prend environ 1 minute.
       *[other] Cela prend environ { $minutes } minutes.
    }
remind-takes-hours = { $minutes ->
        [0] Cela prend environ { $hours } h.
       *[other] Cela prend environ { $hours } h { $minutes } min.
    }
remind-cannot-open = Le programme n’a pas pu être ouvert : { $why }
remind-set = Rappel programmé : { $routine } à { $time }, { $days }.
remind-changed = Rappel modifié : { $routine } à { $time }, { $days } (avant : { $before }).
remind-unchanged = Déjà programmé : { $routine } à { $time }, { $days }.
remind-prescribed = { $routine } est prescrit { $times ->
        [one] une fois par jour
        [2] deux fois par jour
       *[other] { $times } fois par jour
    } : { $set ->
        [one] { $set } programmé
       *[other] { $set } programmés
    } ; heures suggérées : { $suggested }.
remind-warning = attention : { $what }
remind-at-login-written = Les rappels démarrent à la connexion : { $file } est écrit.
remind-at-login-removed = Plus rien ne démarre à la connexion : { $file } est supprimé.
remind-list-time = HEURE
remind-list-days = JOURS
remind-list-routine = PROGRAMME
remind-list-next = PROCHAIN
remind-list-cannot-start = les rappels de « { $routine } » ne peuvent pas le lancer : { $why } ; désactivez-les avec : stretch-timer remind off "{ $routine }"
remind-daemon-running = Le service de rappels tourne.
remind-daemon-starts-at-login = Le service de rappels ne tourne pas pour l’instant : il démarre à votre prochaine connexion, ou tout de suite avec : stretch-timer remind daemon
remind-daemon-not-at-login = Le service de rappels ne tourne pas, et rien ne le démarre à la connexion : { $file } manque. Programmez de nouveau un rappel pour l’écrire, ou démarrez le service tout de suite avec : stretch-timer remind daemon
remind-daemon-start-it = Le service de rappels ne tourne pas : démarrez-le avec : stretch-timer remind daemon
remind-off-none = Aucun rappel n’était programmé.
remind-off-all = { $count ->
        [one] { $count } rappel désactivé
       *[other] { $count } rappels désactivés
    }.
remind-off-routine = { $count ->
        [one] { $count } rappel désactivé
       *[other] { $count } rappels désactivés
    } pour { $routine }.
remind-off-not-set = il n’y a pas de rappel pour « { $routine } » ; aucun rappel n’est programmé
remind-off-not-set-others = il n’y a pas de rappel pour « { $routine } » ; des rappels sont programmés pour : { $set }
remind-daemon-nothing-to-do = aucun rappel n’est programmé : le service de rappels n’a rien à faire
remind-daemon-all-off = tous les rappels sont désactivés ; le service de rappels s’arrête
remind-daemon-stops = { $why } ; le service de rappels s’arrête
remind-daemon-cannot-go-on = le service de rappels n’a pas pu continuer : { $why }
remind-log-shown = rappel de { $routine }
remind-log-app-open = { $routine } est dû ; l’application est ouverte et le rappelle elle-même
remind-log-done-today = { $routine } est dû, mais déjà fait aujourd’hui autant de fois que prescrit
remind-log-skipped = { $routine } sauté (dû à { $due }) : vu avec une heure de retard ou plus
remind-log-started = { $routine } lancé
remind-log-start-failed = { $routine } n’a pas pu être lancé : { $why }
remind-log-snoozed = { $routine } repoussé jusqu’à { $until }
remind-log-failed = { $routine } : { $why }
remind-log-file-unreadable = le fichier de rappels ne peut pas être lu pour l’instant ({ $why }) ; les rappels lus avant continuent
remind-log-clock-changed = l’horloge a été changée ; les rappels suivent la nouvelle heure
remind-error-read = votre fichier de rappels { $file } n’a pas pu être lu : { $why }
remind-error-broken = votre fichier de rappels { $file } ne peut pas être lu ({ $detail }) ; il est laissé tel quel, et aucun rappel n’est modifié tant qu’il n’est pas corrigé ou mis de côté
remind-error-too-new = votre fichier de rappels { $file } a été écrit par une version plus récente de stretch-timer (version { $found } ; celle-ci lit la { $reads }) ; il est laissé tel quel
remind-error-set-aside = { $file } n’a pas pu être mis de côté : { $why }
remind-error-daemon-running = un service de rappels tourne déjà pour { $folder }
remind-error-lock = le fichier de verrou { $file } n’a pas pu être utilisé : { $why }
remind-error-autostart-folder = le dossier de démarrage automatique { $folder } n’a pas pu être créé : { $why }
remind-error-autostart-remove = l’entrée de démarrage automatique { $file } n’a pas pu être supprimée : { $why }
remind-error-no-bus = il n’y a pas de bus de session du bureau pour afficher des notifications ({ $detail }) : les rappels ne peuvent donc pas s’afficher
remind-error-no-server = aucun service de notifications ne tourne sur ce bureau ({ $detail }) : les rappels ne peuvent donc pas s’afficher
remind-error-unsupported = les rappels sous forme de notification ne sont pas encore possibles sur ce système
remind-error-not-shown = le service de notifications n’a pas affiché le rappel : { $detail }
remind-error-cannot-wait = impossible d’attendre la réponse : { $why }

## La question sur la douleur, avant de commencer un programme

pain-question = Quelle est votre douleur en ce moment ?
pain-before = Avant « { $routine } »
pain-scale = 0, c’est aucune douleur ; 10, la pire douleur que vous puissiez imaginer
pain-keys = Les touches 0 à 9 fonctionnent aussi, et { $ten } pour 10
pain-button-name = Douleur { $pain }
pain-skip-and-start = Commencer sans note
    .tooltip = Ou appuyez sur S
pain-not-now = Ne pas commencer


## Ce que dit la vérification d’un fichier de programme : sous un champ dans l’éditeur, sur la page pour le corriger, sur la carte de la bibliothèque, dans `stretch-timer check` (ces messages suivent « ligne 3, colonne 7 : » : pas de majuscule au début). Les noms de champ, les valeurs et les noms de fichier restent tels qu’ils sont écrits dans le fichier.

check-empty = le fichier est vide ; un fichier de programme commence par Routine( et énumère ses exercices
check-too-large = le fichier fait { $bytes } octets ; un fichier de programme ne peut pas dépasser { $max } ({ $max_bytes } octets)
check-folder = ceci est un dossier, pas un fichier de programme
check-more-problems = { $count ->
    [one] à partir d’ici, { $count } autre problème n’est pas affiché (seuls les { $shown } premiers le sont) ; corrigez ceux du dessus et vérifiez à nouveau
   *[other] à partir d’ici, { $count } autres problèmes ne sont pas affichés (seuls les { $shown } premiers le sont) ; corrigez ceux du dessus et vérifiez à nouveau
}
check-not-a-file = { $kind ->
    [pipe] ceci est un tube nommé, pas un fichier de programme ; il a été ignoré sans être ouvert
    [socket] ceci est un socket, pas un fichier de programme ; il a été ignoré sans être ouvert
    [device] ceci est un périphérique, pas un fichier de programme ; il a été ignoré sans être ouvert
   *[other] ceci est un fichier spécial, pas un fichier de programme ; il a été ignoré sans être ouvert
}
check-unreadable = impossible de lire le fichier : { $reason }
check-not-utf8 = le fichier n’est pas du texte UTF-8 (ici l’octet 0x{ $byte }) ; enregistrez-le en UTF-8 dans votre éditeur
check-too-deep = les parenthèses sont imbriquées trop profondément ; un programme n’a besoin que de quelques niveaux
check-unknown-field = { $place ->
    [none] champ inconnu « { $found } » à cet endroit
   *[other] champ inconnu « { $found } » dans { $place }
}
check-unknown-field-meant = { $place ->
    [none] champ inconnu « { $found } » à cet endroit ; vouliez-vous dire « { $meant } » ?
   *[other] champ inconnu « { $found } » dans { $place } ; vouliez-vous dire « { $meant } » ?
}
check-unknown-field-allowed = { $place ->
    [none] champ inconnu « { $found } » à cet endroit ; autorisés ici : { $allowed }
   *[other] champ inconnu « { $found } » dans { $place } ; autorisés ici : { $allowed }
}
check-misplaced-in-step = « { $found } » s’écrit dans Routine( ... ), pas dans un Step( ... ) : écrivez-le une seule fois, avant steps: [
check-misplaced-in-routine = « { $found } » s’écrit dans chaque Step( ... ), pas dans Routine( ... ) : déplacez-le dans les exercices qui en ont besoin
check-unknown-sides = côté inconnu « { $found } »
check-unknown-sides-meant = côté inconnu « { $found } » ; vouliez-vous dire « { $meant } » ?
check-unknown-sides-allowed = côté inconnu « { $found } » ; autorisés ici : { $allowed }
check-drawing-empty = drawing est vide ; écrivez l’un de ces dessins : { $allowed }, ou retirez drawing pour que le nom de l’exercice en choisisse un
check-unknown-drawing = dessin inconnu « { $found } » ; autorisés ici : { $allowed }
check-unknown-drawing-meant = dessin inconnu « { $found } » ; vouliez-vous dire "{ $meant }" ? Autorisés ici : { $allowed }
check-language-empty = language est vide ; écrivez le code d’une langue, par exemple "fr", ou retirez language et la voix parlera la langue du patient
check-language-meant = « { $found } » n’est pas écrit comme un code de langue ; vouliez-vous dire "{ $meant }" ?
check-language-not-a-code = « { $found } » n’est pas écrit comme un code de langue ; écrivez-en un comme "fr" ou "fr-CA" (la voix parle { $spoken }), ou retirez language et la voix parlera la langue du patient
check-language-no-voice = stretch-timer n’a pas de voix pour « { $found } » ; la voix parle { $spoken } : écrivez l’une d’elles, ou retirez language et la voix parlera la langue du patient
check-voice-language = { $code ->
    [en] anglais
    [de] allemand
    [es] espagnol
    [fr] français
   *[other] { $code }
}
check-duplicate = « { $field } » est écrit deux fois ; gardez-en un seul
check-wrong-type-text = { $field } doit être un texte entre guillemets droits, mais on trouve ici { $found }
check-wrong-type-duration = { $field } doit être une durée comme 30, "30s" ou "1m30s", mais on trouve ici { $found }
check-wrong-type-whole = { $field } doit être un nombre entier, mais on trouve ici { $found }
check-wrong-type-bool = { $field } doit être true ou false, mais on trouve ici { $found }
check-wrong-type-sides = { $field } doit être Neither, Left, Right ou Both, mais on trouve ici { $found }
check-wrong-type-drawing = { $field } doit être le nom d’un dessin entre guillemets droits, comme "knees-to-chest", mais on trouve ici { $found }
check-wrong-type-schedule = { $field } doit être Schedule(days_per_week: 5, times_per_day: 2), mais on trouve ici { $found }
check-wrong-type-sounds = { $field } doit être Sounds( ... ) avec un fichier pour chaque signal sonore à remplacer, mais on trouve ici { $found }
check-wrong-type-steps = { $field } doit être une liste d’exercices entre crochets : [ Step(...), Step(...) ], mais on trouve ici { $found }
check-wrong-type-language = { $field } doit être le code d’une langue entre guillemets droits, comme "fr", mais on trouve ici { $found }
check-wrong-type-sound-file = { $field } doit être un nom de fichier entre guillemets droits, mais on trouve ici { $found }
check-wrong-type-other = { $field } doit être autre chose, mais on trouve ici { $found }
check-this = ceci
check-nothing = rien
check-missing-in-routine = il manque « { $field } » au programme ; ajoutez-le, par exemple { $example }
check-missing-in-step = il manque « { $field } » à l’exercice { $step } ; ajoutez-le, par exemple { $example }
check-newer-format = ce programme a été fait pour une version plus récente de stretch-timer (format { $found }) ; cette version lit le format 1 : veuillez mettre stretch-timer à jour
check-bad-format = le format { $found } n’existe pas ; écrivez format: 1
check-duration-not = { $field } : "{ $found }" n’est pas une durée ; écrivez 30, "30s" ou "1m30s"
check-duration-meant = { $field } : "{ $found }" n’est pas une durée ; écrivez "{ $meant }"
check-duration-fraction = { $field } : "{ $found }" contient une fraction ; les durées sont en secondes entières, par exemple "1m30s" au lieu de "1.5m"
check-duration-unit-order = { $field } : "{ $found }" donne ses unités dans le désordre ou deux fois ; écrivez les heures, puis les minutes, puis les secondes, par exemple "1h5m" ou "1m30s"
check-duration-too-long = { $field } : "{ $found }" est beaucoup trop long
check-out-of-range = { $field } vaut { $found } ; la valeur doit aller de { $min } à { $max }
check-empty-text = { $field } est vide ; donnez-lui un nom court que le patient reconnaîtra
check-control-character = { $field } contient un caractère de contrôle invisible (U+{ $code }) après « { $after } » ; supprimez-le
check-control-character-at-start = { $field } contient un caractère de contrôle invisible (U+{ $code }) au début ; supprimez-le
check-empty-file = { $field } est vide ; écrivez le nom du fichier entre les guillemets, ou retirez { $field }
check-only-comments = le fichier ne contient que des commentaires ; un fichier de programme commence par Routine( et énumère ses exercices
check-too-long = { $field } fait { $chars } caractères ; il peut en avoir au plus { $max }
check-step-count = le programme a { $found } exercices ; il doit en avoir de { $min } à { $max }
check-too-long-in-total = le programme durerait { $hours } heures en tout ; un programme peut durer au plus { $max } heures
check-file-missing = le fichier { $field } « { $file } » n’est pas à côté du programme (cherché à { $path })
check-file-outside = le fichier { $field } « { $file } » est en dehors du dossier du programme ; placez le fichier à côté du programme et écrivez seulement son nom
check-file-without-folder = le fichier { $field } « { $file } » est introuvable : ce programme n’est pas encore enregistré dans un dossier
check-file-unusable = le fichier { $field } « { $file } » ne peut pas être utilisé : { $reason }
check-voice-too-long = l’enregistrement « { $file } » dure { $length } s, plus que ne le permet le temps de préparation de cet exercice : il est joué après le signal de début de l’exercice (jusqu’à { $after } s avec ses paroles), et prepare vaut { $prepare } ; mettez prepare à au moins { $needed }, ou raccourcissez l’enregistrement
check-picture-unreadable = il n’a pas pu être lu : { $reason }
check-picture-too-large = il fait { $size } ; une image ne peut pas dépasser { $max }
check-picture-heic = c’est une photo HEIC (comme en prend l’iPhone), que stretch-timer ne peut pas afficher ; convertissez-la en JPEG (un iPhone prend des photos JPEG quand le format de son appareil photo est « Le plus compatible »)
check-picture-unknown = ce n’est pas une image que stretch-timer peut afficher (PNG, JPEG ou SVG)
check-picture-undecodable = c’est une image { $kind } qui ne peut pas être ouverte : { $reason }
check-picture-too-many-pixels = l’image fait { $width } × { $height } pixels, plus que les { $megapixels } mégapixels qu’ouvre stretch-timer ; enregistrez-la en plus petit
check-sound-unreadable = impossible de le lire : { $reason }
check-sound-too-large = il fait { $bytes } octets ; un fichier son ne peut pas dépasser { $max }
check-sound-undecodable = ce n’est pas un fichier son que stretch-timer peut lire ({ $reason }) ; il lit WAV, OGG Vorbis, FLAC, MP3 et M4A (AAC)
check-sound-empty = il ne contient aucun son
check-sound-unplayable = { $kind ->
    [opus] c’est un enregistrement Opus (comme les messages vocaux de WhatsApp, Signal et Telegram), que stretch-timer ne peut pas lire ; convertissez-le en M4A, MP3 ou WAV avec n’importe quel convertisseur audio (il lit WAV, OGG Vorbis, FLAC, MP3 et M4A (AAC))
    [amr] c’est un enregistrement AMR (comme en font les dictaphones des anciens téléphones), que stretch-timer ne peut pas lire ; convertissez-le en M4A, MP3 ou WAV avec n’importe quel convertisseur audio (il lit WAV, OGG Vorbis, FLAC, MP3 et M4A (AAC))
    [three-gp] c’est un enregistrement 3GP (d’un téléphone, en général avec de l’AMR à l’intérieur), que stretch-timer ne peut pas lire ; convertissez-le en M4A, MP3 ou WAV avec n’importe quel convertisseur audio (il lit WAV, OGG Vorbis, FLAC, MP3 et M4A (AAC))
   *[picture] c’est une image, pas un enregistrement ; un fichier son peut être WAV, OGG Vorbis, FLAC, MP3 et M4A (AAC)
}
check-ends-early = le fichier se termine trop tôt : il manque une parenthèse fermante ) ou un crochet ], ou un guillemet fermant "
check-steps-not-in-list = les exercices s’écrivent dans une liste : steps: [ Step( ... ), Step( ... ) ], après les autres champs du programme
check-sides-one-word = sides est un seul mot, Neither, Left, Right ou Both (Both travaille le côté gauche, puis le droit) : écrivez sides: { $choice }
check-step-without-brackets = chaque exercice s’écrit avec Step( ... ) autour de ses champs, comme dans Step(name: "Psoas stretch", hold: "30s")
check-no-routine-brackets = un fichier de programme commence par Routine( et se termine par ) : écrivez Routine( avant { $first }: et une ) fermante tout à la fin
check-capital = écrivez { $expected }( avec une majuscule, pas { $found }(
check-other-brackets = { $expected }( était attendu ici, mais on trouve { $found }(
check-semicolon = écrivez ici une virgule, pas un point-virgule : les champs et les exercices sont séparés par des virgules
check-full-stop = écrivez ici une virgule, pas un point : les champs et les exercices sont séparés par des virgules
check-missing-comma = il manque une virgule avant ceci : mettez une virgule après chaque champ et après chaque exercice
check-unclosed-text = ce texte n’est pas fermé : il manque un guillemet droit fermant "
check-after-the-end = il y a encore quelque chose après la fin du programme : la ) fermante du programme doit être la dernière chose du fichier
check-unclosed-comment = un commentaire /* n’est pas fermé par */
check-backslash = { $field } : écrivez le chemin du fichier avec des barres obliques /, comme dans "images/bench.png" ; une barre oblique inversée \ a un autre sens dans un texte
check-escape = dans un texte, une barre oblique inversée \ doit être suivie de n (nouvelle ligne), t (tabulation), " ou une autre \ ; pour écrire la barre oblique inversée elle-même, écrivez \\
check-escape-in = { $field } : dans un texte, une barre oblique inversée \ doit être suivie de n (nouvelle ligne), t (tabulation), " ou une autre \ ; pour écrire la barre oblique inversée elle-même, écrivez \\
check-expected-close = une ) fermante était attendue ici, ou une virgule avant le champ suivant
check-expected-list-end = un ] fermant était attendu ici, ou une virgule avant l’exercice suivant
check-equals-sign = écrivez deux-points : entre { $name } et sa valeur, pas = : { $name }: …
check-equals-sign-unnamed = écrivez deux-points : entre le nom du champ et sa valeur, pas =
check-expected-colon = deux-points : étaient attendus ici, entre le nom d’un champ et sa valeur
check-dash = il y a ici un tiret { $dash }, comme en met un traitement de texte ; écrivez la valeur uniquement avec des chiffres
check-one-slash = un commentaire commence par deux barres obliques : écrivez // à la place de /
check-unexpected = caractère inattendu '{ $found }'
check-two-commas = il y a deux virgules ici ; supprimez-en une
check-quoted-name = le nom d’un champ s’écrit sans guillemets : { $name }, pas { $written }
check-expected-name = le nom d’un champ était attendu ici
check-expected-opening = une parenthèse ouvrante ( était attendue ici : un fichier de programme est Routine( ... ) et chaque exercice est Step( ... )
check-parser = { $message }
check-parser-in = { $field }: { $message }
check-odd-space = { $space ->
    [no-break] il y a ici une espace insécable, collée depuis un traitement de texte, qui ressemble à une espace mais n’en est pas une ; supprimez-la et tapez une espace ordinaire
    [narrow] il y a ici une espace fine insécable, collée depuis un traitement de texte, qui ressemble à une espace mais n’en est pas une ; supprimez-la et tapez une espace ordinaire
    [figure] il y a ici une espace tabulaire, collée depuis un traitement de texte, qui ressemble à une espace mais n’en est pas une ; supprimez-la et tapez une espace ordinaire
    [thin] il y a ici une espace fine, collée depuis un traitement de texte, qui ressemble à une espace mais n’en est pas une ; supprimez-la et tapez une espace ordinaire
    [zero-width] il y a ici une espace sans chasse, collée depuis un traitement de texte, qui ressemble à une espace mais n’en est pas une ; supprimez-la et tapez une espace ordinaire
   *[zero-width-no-break] il y a ici une espace insécable sans chasse, collée depuis un traitement de texte, qui ressemble à une espace mais n’en est pas une ; supprimez-la et tapez une espace ordinaire
}
check-single-quotes = { $field } : un texte s’écrit entre guillemets droits doubles, pas simples : "{ $inner }"
check-sets = { $field } est un seul nombre entier, pas { $value } : écrivez les répétitions de chaque côté, comme reps: 3, et faites de chaque série un exercice à part
check-clock-time = { $field } : les minutes et les secondes s’écrivent avec leurs unités, entre guillemets droits : "{ $meant }", pas { $minutes }:{ $seconds }
check-word-after-number = { $field } s’écrit avec le nombre seul : { $value }, pas { $value } { $word }
check-unit-after-space = { $field } : une durée avec son unité s’écrit entre guillemets droits, sans espace : "{ $value }{ $unit }", pas { $value } { $word }
check-curly-quotes = { $field } : ce sont des guillemets typographiques (“ ”), comme en met un traitement de texte ; écrivez plutôt des guillemets droits : { $straight }
check-quoted-number = { $field } est un nombre, écrit sans guillemets : { $number }
check-quoted-bool = { $field } s’écrit sans guillemets : { $meant }
check-quoted-capital-bool = { $field } s’écrit en minuscules, sans guillemets : { $meant }, pas { $value }
check-quoted-word-bool = { $field } vaut true ou false, sans guillemets : écrivez { $meant }, pas { $value }
check-quoted-sides = sides s’écrit sans guillemets : { $choice }, pas « { $inner } »
check-quoted-other-sides = sides s’écrit sans guillemets, avec Neither, Left, Right ou Both
check-capital-bool = { $field } s’écrit en minuscules : { $meant }, pas { $value }
check-word-bool = { $field } vaut true ou false : écrivez { $meant }, pas { $value }
check-unquoted-unit = { $field } : une durée avec son unité s’écrit entre guillemets droits : "{ $value }"
check-range-whole = { $field } est un seul nombre entier, pas une fourchette comme { $value } : écrivez celui à faire, par exemple { $low }
check-range-duration = { $field } est une seule durée, pas une fourchette comme { $value } : écrivez celle à faire, par exemple { $low }
check-decimal-comma = { $field } : { $value } n’est pas une durée ; écrivez des secondes entières ou des unités, par exemple 90 ou "1m30s"
check-number-word = { $field } s’écrit en chiffres : { $number }, pas { $value }
check-some-capital = { $field } : écrivez Some({ $inner }) avec un S majuscule, ou simplement { $inner }
check-breathe-none = breathe : écrivez None avec un N majuscule, ou retirez breathe
check-duration-none = { $field } : écrivez 0 pour aucun temps, ou retirez { $field } pour le temps habituel
check-sides-none = sides : écrivez Neither pour un exercice sans côté, ou retirez sides
check-after-number = { $field } s’écrit avec le nombre entier seul : { $number }, pas { $value }
check-unquoted-drawing = drawing s’écrit entre guillemets droits : "{ $id }"
check-curly-close = ce texte est fermé par un guillemet typographique, comme en met un traitement de texte ; écrivez plutôt un guillemet droit : "{ $before }"
check-curly-close-in = { $field } : ce texte est fermé par un guillemet typographique, comme en met un traitement de texte ; écrivez plutôt un guillemet droit : "{ $before }"
check-unit-outside-quotes = l’unité se met à l’intérieur des guillemets : "{ $number }{ $unit }", pas "{ $number }" { $word }
check-unit-outside-quotes-in = { $field } : l’unité se met à l’intérieur des guillemets : "{ $number }{ $unit }", pas "{ $number }" { $word }
check-quote-inside = ce texte contient un guillemet droit " qui le termine trop tôt ; dans un texte, utilisez plutôt des guillemets simples ', ou écrivez \" pour un guillemet droit
check-quote-inside-in = { $field } : ce texte contient un guillemet droit " qui le termine trop tôt ; dans un texte, utilisez plutôt des guillemets simples ', ou écrivez \" pour un guillemet droit
check-step-open-at-end = cet exercice n’est pas fermé : il manque ici une ) fermante, avant le ] qui termine les exercices
check-step-open-before-comma = cet exercice n’est pas fermé : il manque ici une ) fermante, avant la virgule et le Step( suivant
check-step-open = cet exercice n’est pas fermé : il manque ici une ) fermante, puis une virgule, avant le Step( suivant
check-one-too-many = il y a ici un { $close } de trop ; supprimez-le
check-close-step = écrivez ici ), pas { $close } : un exercice, et le programme, se terminent par )
check-close-list = écrivez ici ], pas { $close } : la liste des exercices se termine par ]
check-list-open = la liste des exercices n’est pas fermée : il manque un ] fermant avant cette )
check-hash-comment = dans un fichier de programme, les commentaires commencent par //, pas par # : écrivez // à la place de #
check-dash-comment = dans un fichier de programme, les commentaires commencent par //, pas par -- : écrivez // à la place de --
check-file-ok = { $steps ->
    [one] { $file } : correct ({ $steps } exercice, { $time })
   *[other] { $file } : correct ({ $steps } exercices, { $time })
}
check-files-checked = { $files } fichiers vérifiés : { $valid } corrects, { $invalid } avec des erreurs
check-no-routine-files = { $folder } : aucun fichier .ron dans ce dossier

## Les questions posées dans une fenêtre à part

ask-stop = Arrêter ce programme ?
    .body = Le programme s’arrête ici ; vous pourrez le reprendre depuis le début quand vous voudrez.
ask-save-problems = { $count ->
        [one] Ce programme contient une erreur
       *[other] Ce programme contient { $count } erreurs
    }
    .body = Un programme qui contient des erreurs ne peut pas être lancé. Garder vos modifications comme brouillon et corriger d’abord les erreurs ?
    .over-valid = Le fichier enregistré fonctionne ; enregistrer maintenant le remplacerait par un fichier qui ne peut pas être lancé. Garder vos modifications comme brouillon et corriger d’abord les erreurs ?
ask-changed-on-disk = Le fichier a été modifié
    .body = { $file } a été modifié par un autre programme depuis que vous l’avez ouvert ici. Enregistrer remplacera ces modifications par les vôtres.
ask-leave-editor = Enregistrer vos modifications ?
    .body = Vos modifications de ce programme ne sont pas encore enregistrées.
ask-import-clash = Un programme de ce nom existe déjà ici
ask-delete-session = Supprimer cette séance ?
    .body = { $session } sera retirée de votre historique, avec ses niveaux de douleur et sa note. C’est définitif.
ask-new-history = Commencer un nouvel historique ?
    .body = Votre fichier d’historique { $file } ne peut pas être lu. Il est conservé : il est renommé, avec la date du jour dans son nom, au même endroit, et un nouvel historique vide commence.
ask-keep-going = Continuer
ask-stop-routine = Arrêter le programme
ask-keep-as-draft = Garder comme brouillon
ask-save-anyway = Enregistrer quand même
ask-keep-editing = Continuer à modifier
ask-replace-with-mine = Remplacer par le mien
ask-save = Enregistrer
ask-discard = Abandonner les modifications
ask-keep-both = Garder les deux
ask-replace-mine = Remplacer le mien
ask-cancel = Annuler
ask-delete-session-button = Supprimer la séance
ask-keep-it = La garder
ask-set-aside = Le mettre de côté et recommencer


## La ligne de commande : --lang, et la langue de la voix (stretch-timer render, run)
cli-lang-not-offered = stretch-timer ne parle pas « { $asked } ». Choisissez l’une de ces langues : { $offered }.
cli-voice-not-language = Avertissement : la voix { $asked } ne parle pas { $language }, la langue des annonces de ce programme : les noms des exercices sont donc dits par { $voice }.

## Le nom de la fenêtre, tel que le disent le lecteur d’écran et la barre des tâches : l’application, puis l’écran

window-name = { $app } : { $screen }
window-library = Programmes
window-pain-before = Douleur avant { $routine }
window-player = Programme en cours
window-finished = Programme terminé
window-stopped = Programme arrêté
window-history = Historique
window-editor = Éditeur
window-broken = { $routine } contient des erreurs
window-fix = Correction d’un fichier de programme

## L’éditeur de programmes, corriger un fichier à la main, fichiers et partage (ce que lit le kinésithérapeute)

# The editor's top line, its routine fields and its steps
editor-back = Tous les programmes
editor-save = Enregistrer
editor-saved = Enregistré
editor-unsaved = Modifications non enregistrées
editor-not-finished = Pas encore terminé
editor-problems = { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
editor-total = Total { $total }
editor-title = Modification : { $title }
editor-file = Fichier : { $file }
editor-file-in = Fichier : { $file } dans le dossier { $folder }
editor-routine = Programme
editor-name = Nom
    .name = Nom du programme
    .hint = p. ex. Étirement du psoas du matin
editor-summary = Résumé
    .hint = À quoi il sert (facultatif)
editor-author = Rédigé par
    .hint = Votre nom (facultatif)
editor-safety = Sécurité
    .hint = Affiché avant le début : quand s’arrêter, ce qu’il faut éviter
editor-speech = Voix
editor-read-instructions = Lire à voix haute les consignes de chaque exercice
    .tooltip = Pendant que la personne se prépare, si elles se terminent avant « Tenez » : comptez une seconde de préparation pour trois mots, plus 5 secondes
editor-step-title = Exercice { $number } · { $name } · { $time }
editor-step-title-unnamed = Exercice { $number } · (pas encore de nom) · { $time }
editor-move-up = Monter
    .name = Monter l’exercice { $n }
editor-move-down = Descendre
    .name = Descendre l’exercice { $n }
editor-duplicate = Dupliquer
    .name = Dupliquer l’exercice { $n }
editor-remove = Supprimer
    .name = Supprimer l’exercice { $n }
editor-try-from-here = Essayer à partir d’ici
    .name = Essayer à partir de l’exercice { $n }
editor-add-step = Ajouter un exercice
# A field's first message, when it has several: the others show on hover.
editor-message-and-more = { $message } (et { $more } de plus)

# Beside the form: the total, the problems, the preview
editor-timeline = Frise du programme
editor-total-time = Durée totale { $total }
editor-no-problems = Aucun problème : prêt à être enregistré et utilisé.
editor-not-ready = Pas encore utilisable : il manque quelque chose dans certains champs. Chacun vous dit quoi dès que vous y êtes passé, ou quand vous appuyez sur Enregistrer.
editor-problems-to-fix = { $count ->
        [one] { $count } problème à corriger avant que votre patient puisse l’utiliser :
       *[other] { $count } problèmes à corriger avant que votre patient puisse l’utiliser :
    }
editor-step-problem = Exercice { $step } : { $problem }
editor-not-filled-in = … et des champs pas encore remplis ({ $count })
editor-preview = Aperçu
editor-preview-after-fixing = L’aperçu s’affiche une fois les problèmes corrigés.
# Where the preview is: "0:30 of 2:00 · step 1 Bench psoas stretch: hold, left"
editor-preview-at = { $at } sur { $total } · exercice { $number } { $step } : { $phase ->
        [prepare] préparation
        [hold] maintien
        [rest] repos
       *[switch] changement de côté
    }{ $side ->
        [left] , gauche
        [right] , droite
       *[none] {""}
    }
editor-stop-preview = Arrêter l’aperçu
editor-preview-speed = Déroule tout le programme { $speed } fois plus vite, sans le son.
editor-play-preview = Lancer l’aperçu
editor-try-in-player = L’essayer dans le lecteur

# A step's fields. Each field's .name is what a screen reader calls it, with the step's number.
step-name = Nom
    .name = Exercice { $n } nom
    .hint = p. ex. Étirement du psoas sur la table
step-instructions = Consignes
    .name = Exercice { $n } consignes
    .hint = Quoi faire, quoi ressentir, quoi éviter
step-sides = Côtés
    .name = Exercice { $n } côtés : { $choice }
step-sides-neither = Sans côté
step-sides-left = Gauche seulement
step-sides-right = Droite seulement
step-sides-both = Gauche, puis droite
step-hold = Maintien
    .name = Exercice { $n } maintien
step-reps = Répétitions
    .name = Exercice { $n } répétitions
    .per-side = { " " }par côté
step-prepare = Préparation
    .name = Exercice { $n } préparation
step-rest = Repos entre deux
    .name = Exercice { $n } repos
step-switch-sides = Changement de côté
    .name = Exercice { $n } changement de côté
    .only-both = seulement pour « Gauche, puis droite »
step-countdown = Compte à rebours
    .name = Exercice { $n } compte à rebours
    .ticks = { " " }bips
step-halfway = Signal à mi-parcours
    .name = Exercice { $n } signal à mi-parcours
    .box = Un signal au milieu de chaque maintien
step-breathe = Rythme respiratoire
    .name = Exercice { $n } rythme respiratoire
    .hint = aucun
step-picture = Image
    .name = Exercice { $n } image
    .hint = un fichier à côté du programme, p. ex. images/bench.png
step-recording = Enregistrement
    .name = Exercice { $n } enregistrement
    .hint = un fichier son à côté du programme, joué au début de l’exercice
step-drawing = Dessin
    .name = Exercice { $n } dessin : { $words }
step-drawing-picture-instead = Votre image est affichée à la place d’un dessin.
step-drawing-by-name = { $drawing }, choisi d’après le nom de l’exercice.
step-drawing-none-by-name = Aucun : le nom de l’exercice ne contient aucun mot d’un dessin.
step-drawing-chosen = { $drawing }, choisi pour cet exercice.
step-drawing-none-chosen = Aucun : cet exercice n’affiche pas de dessin.
step-choose-drawing = Choisir un dessin…
    .name = Choisir un dessin pour l’exercice { $n }
step-drawing-by-name-choice = D’après le nom de l’exercice
step-drawing-none-choice = Pas de dessin
step-drawing-now = Actuellement : { $drawing }
step-drawing-now-none = Actuellement : aucun, le nom ne contient aucun mot d’un dessin
step-drawing-choice-name = Exercice { $n } dessin { $choice }

# The cue sounds a routine may replace, each named by what it marks
sounds-title = { $replaced ->
        [0] Sons des signaux (fournis)
       *[other] Sons des signaux ({ $replaced } remplacés)
    }
sounds-hint = Un fichier son à côté du programme remplace un son de signal fourni.
sounds-field-name = Son du signal : { $sound }
sounds-built-in = fourni
sound-step-start = Un exercice commence
sound-hold-start = Un maintien commence
sound-halfway = Milieu d’un maintien
sound-countdown = Bip du compte à rebours
sound-countdown-last = Dernier bip du compte à rebours
sound-hold-end = Un maintien se termine
sound-switch-sides = Changez de côté
sound-breathe-in = Inspirez
sound-breathe-out = Expirez
sound-routine-done = Programme terminé

# The editor's notices
editor-fix-before-trying = Corrigez d’abord les problèmes signalés en rouge ; vous pourrez ensuite l’essayer.
editor-not-saved = Impossible d’enregistrer : { $reason }
editor-saved-as = Enregistré sous { $place }.
editor-kept-as-draft = Vos modifications sont gardées comme brouillon : vous les retrouverez en haut de la liste des programmes.
editor-draft-not-kept = Impossible de garder un brouillon : { $reason }
editor-draft-not-removed = Impossible de supprimer le brouillon : { $reason }

# The built-in drawings: their names in the editor's list, and what a screen reader says of each
drawing-lying-knees-bent = Allongé, genoux pliés
    .description = Dessin : allongé sur le dos, genoux pliés, pieds à plat
drawing-knees-to-chest = Genoux contre la poitrine
    .description = Dessin : allongé sur le dos, les deux genoux ramenés contre la poitrine
drawing-bench-psoas = Étirement du psoas sur la table
    .description = Dessin : allongé au bout d’une table, un genou ramené, l’autre jambe pendant dans le vide
drawing-floor-psoas = Étirement du psoas au sol
    .description = Dessin : allongé au sol, un genou ramené, l’autre jambe tendue au sol
drawing-standing = Debout
    .description = Dessin : debout, bien droit
drawing-standing-lunge = Fente debout
    .description = Dessin : en fente, jambe arrière tendue, une main sur une chaise
drawing-getting-up = Se relever
    .description = Dessin : tourné sur le côté, en train de se redresser pour s’asseoir

# A step's picture or recording, chosen from a file ($kind: picture or recording)
media-choose = { $kind ->
        [picture] Choisir une image…
       *[recording] Choisir un enregistrement…
    }
    .name = { $kind ->
        [picture] Choisir une image pour l’exercice { $n }
       *[recording] Choisir un enregistrement pour l’exercice { $n }
    }
media-picture-alt = Exercice { $n } image : { $file }
media-play = Écouter
    .name = Écouter l’enregistrement de l’exercice { $n }
media-stop = Arrêter
    .name = Arrêter l’enregistrement de l’exercice { $n }
media-cannot-play = Impossible de lire l’enregistrement : { $reason }
media-no-dialog = { $kind ->
        [picture] Aucune fenêtre de choix de fichier ne peut s’afficher ici. Tapez ou collez le chemin de l’image : une copie en est gardée dans le dossier du programme.
       *[recording] Aucune fenêtre de choix de fichier ne peut s’afficher ici. Tapez ou collez le chemin de l’enregistrement : une copie en est gardée dans le dossier du programme.
    }
media-path = { $kind ->
        [picture] Chemin de l’image
       *[recording] Chemin de l’enregistrement
    }
media-use-this = { $kind ->
        [picture] Utiliser cette image
       *[recording] Utiliser cet enregistrement
    }
media-cancel = Annuler
media-missing = Le fichier « { $path } » n’existe pas.
media-refused = « { $file } » ne peut pas être utilisé : { $reason }
media-no-routines-folder = Impossible de créer le dossier des programmes ({ $folder }) : { $reason }
media-no-own-folder = Impossible de créer un dossier pour le programme ({ $folder }) : { $reason }
media-not-moved = Impossible de déplacer le programme dans son propre dossier ({ $folder }) : { $reason }
media-not-copied = Impossible de copier « { $file } » dans { $folder } : { $reason }

# Recording a step's instructions from the microphone
record-button = Enregistrer…
    .name = Enregistrer les consignes de l’exercice { $n }
record-how = Appuyez sur Enregistrer et dites les consignes. Le silence avant et après est coupé, et l’enregistrement est mis au même volume que les signaux parlés.
record-start = Enregistrer
record-cancel = Annuler
record-stop = Arrêter
record-saving = Enregistrement en cours… : { $length } ({ $cut } de silence coupé).
record-saved = Enregistré sous { $file } : { $length } ({ $cut } de silence coupé).
record-too-long = Il est plus long que ce qui tient avant le maintien ({ $fits }) : mettez la préparation à { $needed } au moins, ou enregistrez-le plus court.
record-play-back = Réécouter
record-stop-playing = Arrêter l’écoute
record-again = Recommencer
record-done = Terminé
record-try-again = Réessayer
record-close = Fermer
record-no-room = La préparation de cet exercice est trop courte pour un enregistrement : il est joué après le signal de début de l’exercice ({ $cue }), avant le maintien. Allongez d’abord la préparation.
record-room = Il est joué au début de l’exercice, après son signal de début : jusqu’à { $fits } tiennent avant le maintien.
record-opening = Ouverture du microphone…
record-recording = Enregistrement  { $length }
record-words = parole : { $length }
record-finishing = Coupure du silence et réglage du volume…
record-too-loud = Trop fort : une partie est coupée. Arrêtez, puis recommencez plus loin du microphone.
record-quiet = Faible : parlez plus fort, ou rapprochez-vous du microphone.
record-longer-than-fits = Plus long que ce qui tient avant le maintien ({ $fits }) : faites plus court.
record-fits = Jusqu’à { $fits } tiennent avant le maintien.
record-meter = Niveau du microphone
record-not-saved = Impossible d’enregistrer le fichier : { $reason }
record-no-microphone = Aucun microphone n’a été trouvé. Branchez-en un (celui d’un casque convient), puis appuyez sur Réessayer.
record-denied = Cet ordinateur n’autorise pas stretch-timer à utiliser le microphone. Autorisez-le dans les réglages de confidentialité ou de son du système, puis appuyez sur Réessayer.
record-busy = Le microphone est utilisé par un autre programme. Fermez ce programme, puis appuyez sur Réessayer.
record-unavailable = Impossible d’ouvrir le microphone. Vérifiez qu’il y en a un de branché et que le son de cet ordinateur fonctionne, puis appuyez sur Réessayer.
record-stopped = Le microphone n’envoie plus de son (a-t-il été débranché ?). Rien n’a été enregistré : appuyez sur Réessayer.
record-lost = L’ordinateur était trop occupé, et une partie de l’enregistrement a été perdue. Fermez d’autres programmes si vous le pouvez, puis appuyez sur Réessayer.
record-nothing-heard = Rien n’a été entendu : l’enregistrement est silencieux. Vérifiez que le microphone est allumé et pas coupé, parlez près de lui, puis appuyez sur Réessayer.
record-cannot-keep = Impossible de garder l’enregistrement : { $reason }.
# A length while recording, "0:04.2", and a length in seconds, "4.2 s": write the tenth as your language does.
record-clock = { $minutes }:{ $seconds },{ $tenth }
record-seconds = { $whole },{ $tenth } s

# A routine file with errors, and its text fixed by hand
fix-file = Fichier : { $place }
fix-has-errors = Ce programme contient des erreurs et ne peut pas être lancé.
fix-it-here = Corrigez-le ici : Modifier affiche le texte du fichier, chaque problème signalé à sa ligne.
fix-edit = Modifier
fix-what-is-wrong = Ce qui ne va pas
fix-bundled = Un programme fourni n’a pas de fichier à corriger.
fix-unreadable = Impossible de lire { $file } : { $reason }
fix-no-problems-unsaved = Aucun problème : enregistrez pour l’utiliser
fix-no-problems = Aucun problème
fix-title = Correction : { $file }
fix-about = { $place } : le texte du fichier, vérifié pendant que vous tapez. Les lignes qui ont un problème sont signalées.
fix-unsaved = Vos modifications de ce fichier ne sont pas enregistrées.
fix-save-and-leave = Enregistrer et quitter
fix-leave-without-saving = Quitter sans enregistrer
fix-keep-fixing = Continuer à corriger
fix-no-problems-save = Aucun problème : enregistrez, et le programme pourra être utilisé.
fix-text = Texte du fichier du programme

# Opening, importing, exporting and writing files
files-opener-ended = xdg-open s’est terminé avec { $status }
files-opener-not-run = impossible de lancer xdg-open : { $reason }
files-no-file-manager = Aucun gestionnaire de fichiers n’a pu afficher le dossier ({ $reason }). Il se trouve ici : { $folder }
files-not-watched = Les modifications de vos fichiers de programmes n’apparaîtront qu’au prochain lancement de stretch-timer : { $reason }
# $why is "known" when the reason a dialog could not be shown is known ($reason), "unknown" otherwise.
files-type-path-to-open = { $why ->
        [known] Aucune fenêtre de choix de fichier ne peut s’afficher ici ({ $reason }). Tapez ou collez le chemin du programme (.ron) ou du programme partagé (.zip) à ouvrir :
       *[unknown] Aucune fenêtre de choix de fichier ne peut s’afficher ici. Tapez ou collez le chemin du programme (.ron) ou du programme partagé (.zip) à ouvrir :
    }
files-type-path-for-copy = { $why ->
        [known] Aucune fenêtre de choix de fichier ne peut s’afficher ici ({ $reason }). Tapez où enregistrer une copie de { $place } :
       *[unknown] Aucune fenêtre de choix de fichier ne peut s’afficher ici. Tapez où enregistrer une copie de { $place } :
    }
files-copy-saved = Copie enregistrée sous { $place }.
files-copy-not-saved = Impossible d’enregistrer une copie sous { $file } : { $reason }
files-not-imported = Impossible d’importer : { $reason }
files-imported = « { $name } » importé.
files-imported-in-place = « { $name } » importé, à la place du vôtre.
files-imported-beside = « { $name } » importé, à côté de celui que vous aviez.
files-import-clash = { $clash }. Garder les deux (le nouveau reçoit un autre nom), ou remplacer le vôtre par celui que vous importez ?
files-handout-written = La fiche à imprimer est enregistrée sous { $place } ; elle s’ouvre dans votre navigateur, pour l’imprimer.
files-handout-written-without = La fiche à imprimer est enregistrée sous { $place } ({ $count ->
        [one] { $count } image n’a pas pu être incluse
       *[other] { $count } images n’ont pas pu être incluses
    }) ; elle s’ouvre dans votre navigateur, pour l’imprimer.
files-handout-not-written = Impossible d’enregistrer la fiche à imprimer : { $reason }
files-exported = « { $name } » exporté sous { $place } : envoyez ce seul fichier à votre patient, qui l’ouvrira avec « { $button } ».
files-not-exported = Impossible d’exporter : { $reason }

# Sharing a routine: the library's button, and the note inside every shared routine (a .zip)
share-import-button = Ouvrir ou importer un fichier…
# README.txt in a shared routine, for a person who opens the zip by hand. Keep the command as it is.
share-readme =
    Ce fichier contient un programme d’étirements pour stretch-timer, avec ses images et ses sons.

    Pour l’ajouter à vos programmes, ouvrez stretch-timer et choisissez « { $button } »
    dans la liste des programmes, ou tapez dans un terminal :  stretch-timer import { $package }

    Le dossier « { $folder } » contient le programme ({ $folder }.ron, un fichier texte) et les fichiers qu’il utilise.
    Rien dans ce fichier n’est un logiciel, et rien n’y est jamais exécuté.

# The system's file dialogs: their titles and the kinds of file they show
dialog-open = Ouvrir un programme
    .filter = Programme, ou programme partagé
dialog-save-copy = Enregistrer une copie du programme partagé
    .filter = Programme partagé
dialog-picture = Choisir une image pour l’exercice { $n }
    .filter = Image
dialog-recording = Choisir un enregistrement pour l’exercice { $n }
    .filter = Enregistrement

# Why a routine cannot be shared, or a shared routine (a .zip package) cannot be added
share-invalid = { $file } contient des erreurs ; corrigez-les avant de le partager :
    { $errors }
share-not-shareable = impossible de partager { $routine } : le fichier « { $file } » qu’il nomme { $reason }
share-reason-case-clash = porte le nom d’un autre de ses fichiers à la casse près, ce que Windows et macOS ne distinguent pas ; renommez l’un des deux
share-reason-rename = { $reason } ; renommez-le
share-reason-too-deep = est dans trop de dossiers ; placez-le à côté du programme
share-reason-not-media = n’est ni une image ({ $pictures }) ni un son ({ $sounds }) ; enregistrez-le dans l’un de ces formats
share-file-too-large = impossible de partager { $file } : il dépasse { $max }, le maximum pour un fichier d’un programme partagé ; réduisez-le (une image avec moins de pixels, un enregistrement en OGG ou MP3)
share-too-large-in-total = impossible de partager { $routine } : avec ses fichiers, il dépasse { $max }, le maximum pour un programme partagé ; réduisez ses images ou ses enregistrements
share-over-source = { $file } est le programme ou l’un de ses fichiers ; enregistrez le paquet sous un autre nom, par exemple { $suggestion }
share-no-folder = le dossier { $folder } n’existe pas, le paquet ne peut donc pas y être enregistré ; créez d’abord le dossier, ou choisissez-en un qui existe
share-not-read = impossible de lire { $file } : { $reason }
share-not-a-package = { $package } n’est pas un paquet de programme stretch-timer (ce n’est pas un fichier zip, ou il est incomplet : demandez à le recevoir de nouveau)
share-package-too-large = { $package } dépasse { $max }, le maximum pour un paquet de programme, ce n’en est donc pas un : demandez à recevoir le programme de nouveau
share-too-many-entries = { $package } contient plus de { $max } fichiers ; un paquet de programme contient un programme avec ses images et ses sons
share-entry-too-large = { $package } : « { $entry } » dépasse une fois décompressé { $max }, le maximum pour ce fichier dans un paquet de programme ; demandez à l’expéditeur de le réduire
share-content-too-large = { $package } dépasse une fois décompressé { $max }, le maximum pour un paquet de programme ; demandez un paquet avec des images ou des enregistrements plus petits
share-unsafe-name = { $package } : « { $entry } » { $reason } ; un paquet de programme n’a jamais de tels noms, rien n’a donc été importé
share-link = { $package } : « { $entry } » est un lien vers un autre fichier ; un paquet de programme ne contient que des fichiers ordinaires, rien n’a donc été importé
share-encrypted = { $package } : « { $entry } » est protégé par un mot de passe ; demandez un paquet fait sans mot de passe (l’export de stretch-timer n’en utilise jamais)
share-unsupported = { $package } : « { $entry } » est compressé avec { $method }, que stretch-timer ne lit pas ; demandez un paquet fait avec l’export de stretch-timer
share-damaged = { $package } est endommagé (« { $entry } » : { $reason }) ; demandez à le recevoir de nouveau
share-duplicate-name = { $package } : « { $entry } » y est deux fois, ou comme fichier et comme dossier (des noms qui ne diffèrent que par la casse comptent comme identiques) ; rien n’a été importé
share-duplicate-names = { $package } : deux de ses fichiers ont le même nom ; rien n’a été importé
share-no-routine = { $package } ne contient aucun programme (un fichier .ron, à sa racine ou dans son dossier) ; ce n’est pas un paquet de programme stretch-timer
share-many-routines = { $package } contient plus d’un programme ({ $found }) ; un paquet en contient un seul : demandez un paquet par programme
share-broken-routine = le programme de { $package } contient des erreurs, il n’a donc pas été importé ; demandez-en une version corrigée :
    { $errors }
share-left-out = (laissés dans le paquet : { $skipped } ; seuls le programme, les images ({ $pictures }) et les sons ({ $sounds }) sont importés)
share-clash = « { $name } » est déjà dans vos programmes ({ $existing })
share-not-installed = impossible d’ajouter le programme à { $path } : { $reason }
share-entry-number = entrée { $number }
share-zip-checksum = son contenu ne correspond pas à sa somme de contrôle
share-zip-larger = une fois décompressé, il dépasse la taille annoncée
# What is wrong with a name inside a package, said after the name: "a/../x.png" climbs out of its folder (..)
share-name-empty = n’a pas de nom
share-name-too-long = a un nom trop long pour un fichier
share-name-absolute = est un chemin absolu (il commence par /)
share-name-too-deep = est imbriqué dans trop de dossiers
share-name-empty-part = a un nom de dossier vide (deux barres obliques de suite)
share-name-climbs-out = sort de son dossier (..)
share-name-dot = a un dossier nommé « . »
share-name-backslash = a une barre oblique inverse (\) dans son nom
share-name-colon = a un deux-points (:) dans son nom, comme dans une lettre de lecteur (C:)
share-name-control = a un caractère de contrôle dans son nom
share-name-not-text = a un nom qui n’est pas du texte
share-name-outside = pointe hors du dossier du paquet

## Corriger à la main un fichier de programme

fix-not-saved = L’enregistrement a échoué ; vos modifications sont toujours là : { $reason }
fix-saved-whole = { $file } enregistré : il ne contient plus d’erreur.
fix-saved-with-problems = { $file } enregistré, { $count ->
        [one] encore 1 erreur
       *[other] encore { $count } erreurs
    } à corriger.

## Pourquoi un fichier, un appareil ou une commande n’a pas pu faire ce qui était demandé : images, sons, micro, haut-parleurs, voix, et les mots propres à la ligne de commande

# Pourquoi une image ne peut pas être affichée ($size et $limit sont des tailles comme « 16 MiB »).
photo-too-large = il fait { $size }, et une image ne peut pas dépasser { $limit }
photo-heic = c’est une photo HEIC (comme en prennent les iPhone), que stretch-timer ne peut pas afficher ; convertissez-la en JPEG (un iPhone prend des photos JPEG quand le format de son appareil photo est « Le plus compatible »)
photo-not-a-picture = ce n’est pas une image que stretch-timer peut afficher (PNG, JPEG ou SVG)
photo-undecodable = c’est une image { $kind } qui ne peut pas être ouverte : { $reason }
photo-too-many-pixels = elle fait { $width } × { $height } pixels, plus que les { $most } mégapixels qu’ouvre stretch-timer ; enregistrez-la plus petite
photo-no-header = il lui manque l’en-tête de l’image
photo-cut-short = elle s’arrête avant son dernier pixel
photo-cache-broken = les images ne pourront plus être affichées avant que le programme soit redémarré
photo-no-thread = l’image n’a pas pu être ouverte : { $reason }

# Pourquoi un son ne peut pas être joué. $playable est sound-playable.
sound-playable = WAV, OGG Vorbis, FLAC, MP3 et M4A (AAC)
sound-opus = c’est un enregistrement Opus (comme les messages vocaux de WhatsApp, Signal et Telegram), que stretch-timer ne peut pas lire ; convertissez-le en M4A, MP3 ou WAV avec n’importe quel convertisseur audio (il lit { $playable })
sound-amr = c’est un enregistrement AMR (comme en font les dictaphones des anciens téléphones), que stretch-timer ne peut pas lire ; convertissez-le en M4A, MP3 ou WAV avec n’importe quel convertisseur audio (il lit { $playable })
sound-3gp = c’est un enregistrement 3GP (d’un téléphone, le plus souvent avec de l’AMR dedans), que stretch-timer ne peut pas lire ; convertissez-le en M4A, MP3 ou WAV avec n’importe quel convertisseur audio (il lit { $playable })
sound-picture = c’est une image, pas un enregistrement ; un fichier son peut être en { $playable }
sound-unreadable = il ne peut pas être lu : { $reason }
sound-too-large = il fait { $bytes } octets, et un fichier son ne peut pas dépasser { $limit }
sound-undecodable = ce n’est pas un fichier son que stretch-timer peut lire ({ $reason }) ; il lit { $playable }
sound-empty = il ne contient aucun son
# $cue est le nom du signal dans un fichier de programme, comme hold_start.
sound-builtin-instead = { $problem } ; le son intégré { $cue } est joué à la place
sound-step-without = { $problem } ; l’exercice { $step } commence sans lui

# Pourquoi rien ne peut être enregistré avec le micro.
microphone-none = aucun micro n’a été trouvé
microphone-denied = cet ordinateur ne permet pas à stretch-timer d’utiliser le micro
microphone-busy = le micro est utilisé par un autre programme
microphone-unavailable = le micro n’a pas pu être ouvert
microphone-stopped = le micro a cessé d’envoyer du son
microphone-lost = une partie de l’enregistrement a été perdue : l’ordinateur était trop occupé
recording-silent = rien n’a été entendu : l’enregistrement est silencieux
recording-not-written = l’enregistrement n’a pas pu être écrit en fichier WAV ({ $reason })

# Pourquoi il n’y a pas de son. Les lignes avec « stretch-timer: » vont dans le terminal, avec les mots du système son lui-même.
speaker-none = aucun haut-parleur ni casque n’a été trouvé
speaker-stopped = l’appareil audio a cessé de fonctionner
speaker-silent = l’appareil audio a cessé de demander du son
speaker-closed-unused = le son a été fermé alors que rien ne jouait
speaker-said = stretch-timer: l’appareil audio dit : { $said } ({ $kind })
speaker-not-opened = stretch-timer: l’appareil audio n’a pas pu être ouvert : { $detail }

# La voix qui dit les noms des exercices (espeak-ng, un programme à part).
speech-install-hint = Installez espeak-ng pour entendre les noms des exercices : sudo apt install espeak-ng
speech-install-hint-windows = Installez eSpeak NG pour Windows pour entendre les noms des exercices (son installateur est sur github.com/espeak-ng/espeak-ng, rubrique « Releases ») ; en attendant, les annonces habituelles sont jouées
speech-missing = { $program } n’est pas installé
speech-not-started = { $program } n’a pas pu être lancé : { $reason }
speech-timed-out = { $program } n’avait pas fini au bout de { $seconds } s et a été arrêté
speech-failed = { $program } a échoué : { $reason }
speech-no-sound = la voix produite n’est pas un son qui peut être joué : { $reason }
speech-not-kept = la voix n’a pas pu être gardée dans { $file } : { $reason }
speech-empty = il est vide

# stretch-timer render : le son d’un programme écrit dans un fichier WAV.
render-cannot-write = impossible d’écrire { $file } : { $reason }
render-too-long = le programme dure { $hours } heures ; un fichier WAV peut en contenir 13 heures au plus
render-names-unspoken = avertissement : les noms des exercices ne sont pas dits : { $problem }. { $hint }
render-some-names-unspoken = avertissement : certains noms d’exercices ne sont pas dits : { $problem }
# $length est en secondes avec une décimale, $needed en secondes entières.
render-instructions-too-long = exercice { $step } (« { $name } ») : ses consignes lues à voix haute durent { $length } s, plus que ne le permet son temps de préparation après son nom : mettez prepare à { $needed } s au moins, ou raccourcissez-les
render-rendering = création de { $routine }
# La barre de progression pendant la création : $bar est la barre, $percent ce qui est fait, $eta le temps restant.
render-progress = création { $bar } { $percent } encore { $eta }
render-note = remarque : { $note }
render-done = { $file } : { $length } de son pour « { $routine } », { $cues ->
        [one] { $cues } signal sonore
       *[other] { $cues } signaux sonores
    }

# Les réponses de la ligne de commande à une valeur qu’elle ne peut pas utiliser. $given est ce qui a été tapé, entre guillemets.
cli-write-one-of = écrivez l’un de ces mots : { $choices }, pas { $given }
cli-voice-name = une langue s’écrit comme en, en-us ou de (voir `espeak-ng --voices`), pas { $given }
cli-no-such-routine = aucun programme ne s’appelle « { $name } » : donnez le chemin d’un fichier .ron, ou l’un de ces noms : { $known }
cli-no-such-bundled-routine = cette version ne fournit aucun programme de ce nom

# Les avis de l’application.
# Un exemple de chemin de fichier, en gris dans le champ où l’on en tape un : un dossier de documents dans votre langue.
notice-path-example = /home/vous/Documents/programme.ron
# L’exercice où un programme a été arrêté, tel que pain-stopped-at le dit.
pain-stopped-step-named = l’exercice { $step } ({ $name })
pain-stopped-step = l’exercice { $step }
library-draft-unreadable = Le travail gardé dans { $file } n’a pas pu être lu comme brouillon ; le fichier est laissé tel quel.
library-now-broken = « { $routine } » contient maintenant des erreurs et ne peut pas être lancé ; elles sont indiquées dans la bibliothèque.
library-no-such-routine = Aucun programme ne s’appelle « { $name } ».
library-folder-not-made = Le dossier { $folder } n’a pas pu être créé : { $reason }
player-not-recorded = Cette séance de { $routine } n’est pas enregistrée : son fichier n’a pas pu être relu ({ $reason }).
player-could-not-start = Le programme n’a pas pu démarrer : { $reason }
# Le bouton et l’écran nommés sont history-start-new et l’Historique : reprenez les mêmes mots.
player-start-new-history = { $problem } ; choisissez « Commencer un nouvel historique » dans l’Historique pour enregistrer de nouveau
player-sounds-unusable = Certains sons n’ont pas pu être utilisés : { $problems }
player-names-unspoken = Certains noms d’exercices ne sont pas dits : { $problem }

# Le dossier de l’utilisateur et l’historique, quand le système refuse.
home-no-folder = il n’y a pas de dossier pour vos programmes sur ce système (pas de dossier personnel) ; définissez { $variable } ou indiquez --home DOSSIER
files-folder-not-made = le dossier { $folder } n’a pas pu être créé : { $reason }
home-draft-not-encoded = le brouillon n’a pas pu être enregistré : { $reason }
home-draft-not-removed = le brouillon n’a pas pu être supprimé : { $reason }
history-no-thread = cette séance de { $routine } n’a pas pu être enregistrée : le système n’a pas pu lancer la tâche qui l’enregistre ({ $reason })

# stretch-timer list : chaque programme avec sa durée, son nombre d’exercices et à qui il est.
list-bundled = fourni
list-yours = le vôtre
list-steps = { $steps ->
        [one] { $steps } exercice
       *[other] { $steps } exercices
    }
list-has-errors = contient des erreurs
list-yours-go-in = Vos propres programmes vont dans { $folder } ; `stretch-timer new NOM` en commence un.

# stretch-timer plan : les phases d’un programme en tableau, puis ses signaux (--cues). Gardez les noms de colonnes courts.
plan-summary = { $routine } : { $total } en tout, { $steps ->
        [one] { $steps } exercice
       *[other] { $steps } exercices
    }
plan-start = début
plan-length = durée
plan-phase = phase
plan-side = côté
plan-rep = rép.
plan-step = exercice
plan-phase-kind = { $phase ->
        [prepare] préparation
        [hold] maintien
        [rest] repos
       *[switch] changement de côté
    }
plan-side-kind = { $side ->
        [left] gauche
       *[right] droite
    }
# Un signal dans la dernière partie du tableau : ce qu’il marque. $n est le nombre de secondes qui restent à un compte à rebours.
plan-cue-kind = { $kind ->
        [step_start] début d’exercice
        [hold_start] début du maintien
        [hold_end] fin du maintien
        [switch_sides] changement de côté
        [breathe_in] inspirer
        [breathe_out] expirer
        [halfway] moitié
        [countdown] compte à rebours { $n }
       *[routine_done] programme terminé
    }
plan-end = fin
plan-at = à
plan-cue = signal

# Ce que doit être une valeur sur la ligne de commande.
cli-pain = la douleur est un nombre entier de 0 à 10, pas « { $given } »
cli-between = un nombre entier de { $low } à { $high }, pas « { $given } »
reminders-days-none = Aucun jour n’a été indiqué ; écrivez daily, weekdays, weekends, ou des jours comme mon,wed,fri.
reminders-days-unknown = « { $given } » n’est pas un jour ; écrivez daily, weekdays, weekends, ou des jours comme mon,wed,fri (mon, tue, wed, thu, fri, sat, sun).
cli-date = une date s’écrit AAAA-MM-JJ, par exemple 2025-03-04, pas { $given }
cli-app-options = un programme à ouvrir, --start et --style sont pour l’application : donnez-les sans commande
cli-no-window = la fenêtre n’a pas pu s’ouvrir : { $reason }
cli-internal-error = stretch-timer: erreur interne ; merci de la signaler avec la commande que vous avez tapée
cli-warning = avertissement : { $problem }
# Comment sonne chaque style de signaux, dans stretch-timer --help. « Tenez », « Trois », « Relâchez » sont des annonces parlées : reprenez les mots de votre voix.
cli-style-tones = un son distinct pour chaque type de signal
cli-style-voice = des annonces parlées (« Tenez », « Trois », « Relâchez »)
cli-style-both = un son, puis l’annonce parlée

# stretch-timer new NOM : un nouveau programme à soi.
new-bad-name = « { $name } » ne peut pas être le nom d’un programme : { $problems }
new-exists = { $file } existe déjà ; modifiez-le, ou choisissez un autre nom
new-not-created = impossible de créer { $file }
new-not-written = impossible d’écrire { $file }

# stretch-timer handout, export et import.
handout-written = La fiche de « { $routine } » a été enregistrée dans { $file }
share-cli-bundled = « { $id } » est fourni : chaque copie de stretch-timer l’a déjà, il n’y a donc rien à envoyer. Pour envoyer une version modifiée, copiez-le dans l’application (« Modifier une copie ») et exportez la copie
share-cli-exported = « { $routine } » exporté ({ $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $bytes } octets) vers { $package }
share-cli-imported = « { $routine } » importé dans { $file }
share-cli-imported-replacing = « { $routine } » importé dans { $file } (à la place de celui que vous aviez)
share-cli-imported-beside = « { $routine } » importé dans { $file } (à côté de celui du même nom que vous aviez)
share-cli-left-out = laissé de côté : { $name } (ni un programme, ni une image, ni un son)
share-cli-clash = stretch-timer: { $problem } ; importez-le de nouveau avec --rename pour garder les deux (le nouveau reçoit un autre nom), ou avec --replace pour qu’il remplace le vôtre

# L’historique : une séance qui ne peut pas être relue ($what est l’un des messages history-unreadable-), et un export qui a échoué.
history-session-unreadable = la séance { $id } ne peut pas être lue : { $what } n’est pas ce qu’écrit stretch-timer
history-unreadable-stopped-at = l’exercice où elle s’est arrêtée
history-unreadable-outcome = son issue
history-unreadable-end = sa fin
history-unreadable-source = la provenance de son programme
history-unreadable-hash = l’empreinte de son programme
history-unreadable-start = son début
history-unreadable-seconds = sa durée en secondes
history-unreadable-pain-before = sa douleur avant
history-unreadable-pain-after = sa douleur après
history-unreadable-effort = son effort
history-unreadable-hold = l’un de ses maintiens
history-unreadable-value = une valeur ({ $detail })
history-export-csv = l’historique n’a pas pu être écrit en CSV : { $reason }
history-export-json = l’historique n’a pas pu être écrit en JSON : { $reason }
history-export-io = l’historique n’a pas pu être écrit : { $reason }
history-lock-taken = un autre programme a pris le fichier de verrou de l’historique pendant sa création

# L’entrée qui lance les rappels à l’ouverture de session, telle que la montre la liste des programmes au démarrage.
autostart-name = Rappels de Stretch Timer
autostart-comment = Vous rappelle vos programmes d’étirements aux heures que vous avez choisies

## L’avis en haut d’un écran

notice-open-folder = Ouvrir le dossier
    .tooltip = Afficher le dossier dans votre gestionnaire de fichiers
notice-save-as = Enregistrer sous…
notice-dismiss = Fermer
notice-path-to-open = Chemin du fichier à ouvrir
notice-open-this-file = Ouvrir ce fichier
notice-path-for-copy = Où enregistrer la copie
notice-save-the-copy = Enregistrer la copie
notice-file-in-folder = { $file } dans le dossier { $folder }

## History: this week, the charts and the sessions

history-heading = Historique
history-all-routines = Tous les programmes
history-report = Compte rendu pour mon kiné
    .hover = Une page à imprimer ou à envoyer : séances, douleur et notes
history-routine = Programme
history-routine-name = Programme : { $routine }
history-period = Période
history-period-name = Période : { $period }
history-period-weeks4 = 4 semaines
history-period-months3 = 3 mois
history-period-year = 1 an
history-period-all = Tout
history-tab-week = Cette semaine
history-tab-charts = Graphiques
history-tab-sessions = Séances
history-problem = Votre historique ne peut pas être utilisé pour le moment
history-problem-still-run = Les programmes fonctionnent toujours, mais leurs séances ne sont pas enregistrées tant que ce n’est pas résolu.
history-start-new = Commencer un nouvel historique
history-try-again = Réessayer
history-no-sessions = Aucune séance sur cette période.
history-no-note = Pas de note
history-note = Note : { $note }
history-add-note = Ajouter une note
    .name = Ajouter une note à la séance du { $when }
history-edit-note = Modifier la note
    .name = Modifier la note de la séance du { $when }
history-delete = Supprimer
    .name = Supprimer la séance du { $when }
history-note-for = Note du { $when }
history-note-name = Note
history-save-note = Enregistrer la note
history-cancel = Annuler
history-note-not-kept = La note n’a pas pu être enregistrée : { $reason }
history-delete-what = La séance du { $when } ({ $routine })
history-not-deleted = La séance n’a pas pu être supprimée : { $reason }
history-started-new = Un nouvel historique est commencé. L’ancien fichier est conservé sous le nom { $file }.
history-readable-again = Votre historique peut de nouveau être lu ; rien n’a été déplacé.
history-not-started-new = Un nouvel historique n’a pas pu être commencé : { $reason }
history-report-written = Le compte rendu se trouve dans { $file } ; il s’ouvre dans votre navigateur, pour l’imprimer ou l’envoyer.
history-report-not-written = Le compte rendu n’a pas pu être écrit : { $reason }

# A session in the list: how it ended, then its facts, each after a ·
session-completed = Terminée
session-stopped = Arrêtée avant la fin
session-stopped-at = Arrêtée avant la fin à l’exercice { $step }
session-stopped-at-named = Arrêtée avant la fin à l’exercice { $step } ({ $name })
session-interrupted = Interrompue
session-not-finished = Pas terminée
session-holds = { $done } sur { $planned ->
        [one] { $planned } maintien
       *[other] { $planned } maintiens
    }
session-pain-both = douleur { $before } avant, { $after } après
session-pain-before = douleur { $before } avant
session-pain-after = douleur { $after } après
# How long ago a day was: "today", "3 days ago", "on 2 January" (the date is written for the language).
days-ago = { $days ->
        [0] aujourd’hui
        [1] hier
       *[other] il y a { $days } jours
    }
days-ago-on = le { $date }

# This week
week-heading = Cette semaine
week-no-streak = Pas encore de série : une séance aujourd’hui en commence une.
week-streak = Série : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } d’affilée, depuis le { $since }
week-rest-days = Votre prescription prévoit { $days ->
        [one] { $days } jour de repos
       *[other] { $days } jours de repos
    } par semaine : un jour manqué parmi eux n’interrompt pas la série.
week-kept-heading = Suivi de la prescription
week-no-prescription = Pas de prescription : un programme peut indiquer à quelle fréquence le faire (son calendrier).
week-prescription = { $routine } : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } par semaine, { $times ->
        [one] une fois
       *[other] { $times } fois
    } par jour
week-last-7 = 7 derniers jours : séances faites, { $done } sur { $expected }
week-last-7-percent = 7 derniers jours : séances faites, { $done } sur { $expected } ({ $percent } %)
week-last-28 = 28 derniers jours : séances faites, { $done } sur { $expected }
week-last-28-percent = 28 derniers jours : séances faites, { $done } sur { $expected } ({ $percent } %)
# A day's box, as a screen reader says it.
week-day-to-come = { $day } : à venir
week-day-not-done = { $day } : pas faite
week-today-not-done = { $day } (aujourd’hui) : pas faite
week-day-done = { $day } : { $sessions ->
        [one] { $sessions } séance faite
       *[other] { $sessions } séances faites
    }
week-today-done = { $day } (aujourd’hui) : { $sessions ->
        [one] { $sessions } séance faite
       *[other] { $sessions } séances faites
    }

# The charts
chart-pain-heading = Douleur avant et après
chart-no-pain = Aucune note de douleur sur cette période.
chart-pain-counts = { $before ->
        [one] { $before } séance
       *[other] { $before } séances
    } avec une note avant, { $after ->
        [one] { $after } séance
       *[other] { $after } séances
    } avec une note après.
chart-pain-averages = Douleur moyenne { $before } avant, { $after } après.
chart-pain-average-before = Douleur moyenne { $before } avant.
chart-pain-average-after = Douleur moyenne { $after } après.
chart-pain-weekly = Chaque point est la moyenne d’une semaine.
chart-before = Avant
chart-after = Après
chart-pain-name = Graphique de la douleur avant et après : { $words }
chart-minutes-heading = Minutes par semaine
chart-minutes = { $minutes } minutes en { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
chart-minutes-series = Minutes
chart-minutes-name = Graphique des minutes par semaine : { $words }
chart-sessions-heading = Séances par semaine
chart-sessions = { $done } séances faites en { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }.
chart-sessions-prescribed = { $done } séances faites en { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } ; { $prescribed } par semaine prescrites.
chart-sessions-done = Séances faites
chart-prescribed = Prescrites
chart-sessions-name = Graphique des séances par semaine : { $words }

## Settings

# Each language's name for itself, as the list of languages in Settings shows it.
language-own-name = Français
settings-heading = Réglages
settings-language = Langue
settings-language-system = Celle du système : { $language }
settings-cues = Signaux
settings-cues-tones = Sons
settings-cues-voice = Voix
settings-cues-both = Les deux
settings-volume = Volume
settings-volume-said = { $percent } pour cent
settings-sound = Son
settings-mute = Couper le son
settings-countdown = Compte à rebours
settings-ticks = Tic-tac dans les dernières secondes
settings-theme = Apparence
settings-theme-dark = Sombre
settings-theme-light = Claire
settings-pain = Douleur
settings-ask-pain = Demander le niveau de douleur avant un programme
settings-text-size = Taille du texte
settings-text-normal = Normale
settings-text-large = Grande
settings-text-largest = Très grande
settings-step-names = Noms des exercices
settings-say-names = Annoncer le nom de chaque exercice au début
settings-no-speech = Les noms des exercices ne peuvent pas être prononcés : { $reason }. { $hint }
settings-names-when = Avec « Voix » ou « Les deux » ; à partir du prochain programme
settings-read-instructions = Lire les consignes
settings-read-instructions-name = Lire à voix haute les consignes de chaque exercice
settings-read-when-asked = Quand le programme le prévoit
settings-read-always = Toujours
settings-read-never = Jamais
settings-read-when = Lues pendant la mise en place, si elles se terminent avant le maintien
settings-voice-language = Langue des noms d’exercices
settings-rate = Débit de parole
settings-rate-unit = mots par minute

## The prescription, and what the report puts first

# The editor's prescription: how often the therapist suggests doing the routine (the file's schedule).
editor-schedule = Fréquence
    .box = Indiquer à quelle fréquence le faire
    .days = jours par semaine,
    .days-name = Jours par semaine
    .times = fois par jour
    .times-name = Fois par jour
editor-schedule-week = Soit { $week } fois par semaine.
editor-schedule-none = Pas d'indication : le patient le fait quand cela lui convient.
# The overview, under the routine's summary: the prescription in the report's words, then this week.
overview-suggested = Votre thérapeute vous conseille : { $prescription }. { $done ->
        [0] Aucune séance faite cette semaine pour l'instant.
        [one] { $done } séance faite cette semaine.
       *[other] { $done } séances faites cette semaine.
    }
# The handout, under its facts.
handout-schedule = Fréquence : <strong>{ $prescription }</strong>
# Words in a client's note that a therapist must see first (they can mean a nerve is involved).
# Not shown to anyone: a list the notes are matched against, in the language the client writes in.
# Comma-separated words or phrases; a * at the end matches any ending (numb* finds numb and
# numbness). Case and accents do not matter. Add the words your clients use.
alarm-words = aigu*, vive, vives, lancinant*, fulgurant*, coup de poignard, coup de couteau, engourdi*, fourmill*, fourmis, picot*, brûl*, décharge*, électrique*, irradi*, dérobe, lâché, je ne sens plus
# The report's first box, in the order a therapist acts on it.
report-red-flags = Signaux d'alerte : à aborder en premier
report-trends = Évolution
report-quoted = « { $words } »
report-flag-note = { $date } : la note mentionne { $words } ({ $routine }) : « { $note } »
report-flag-high-both = { $date } : douleur { $before }/10 avant et { $after }/10 après la séance ({ $routine }).
report-earlier = Séances précédentes avec une douleur forte ou en hausse
report-flag-pain-earlier = { $routine } : { $count ->
        [one] { $count } séance précédente
       *[other] { $count } séances précédentes
    } avec une douleur de { $high } ou plus, ou en hausse de { $rise } ou plus pendant la séance, du { $from } au { $to } (au plus { $highest }/10).
# The notes table's column: pain before → after the session.
report-note-pain = Douleur avant → après
report-key-pair = une séance, d'avant à après
# The History chart's key: the line that joins a session's pain before and after.
chart-pair = Une séance, d'avant à après
# Under a number field in the editor, when a word was typed into it ("three").
editor-not-a-number = « { $typed } » n'est pas un nombre, la valeur reste donc { $value } : tapez-la en chiffres, par exemple 3.
# Under a step's recording in the editor, when it is too long for the step's Get ready ($label).
editor-voice-too-long = L’enregistrement dure { $length } s, plus que ne le permet « { $label } » pour cet exercice : il est joué après le signal de début de l’exercice (jusqu’à { $after } s avec ses paroles), et « { $label } » vaut { $prepare }. Mettez « { $label } » à au moins { $needed }, ou enregistrez-le plus court.
# Under the typed path when no file dialog can be shown: the field keeps its text to be corrected.
files-typed-not-found = Il n’y a pas de fichier à { $path }. Vérifiez l’orthographe, ou collez le chemin depuis votre gestionnaire de fichiers.
files-typed-is-folder = { $path } est un dossier. Tapez le chemin du fichier qu’il contient, qui se termine par .ron ou .zip.
files-typed-no-folder = Le dossier { $folder } n’existe pas. Vérifiez l’orthographe, ou choisissez un dossier qui existe.
# The command line, when several routines are shown under the name given: each as it can be named.
cli-routine-ambiguous = plusieurs programmes s’appellent « { $name } » : désignez celui que vous voulez ainsi : { $routines }
# Where the library lists a routine imported from a package (as a therapist sends one).
shelf-from-therapist = de votre thérapeute

## The report for the therapist (a page to print or send)
# Words in <strong> stand out on the page: keep the marks around the same words.

report-title = Compte rendu de suivi
report-title-routine = Compte rendu de suivi : { $routine }
report-period = Du <strong>{ $from }</strong> au <strong>{ $to }</strong> ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
report-summary-none = Aucune séance.
report-summary = { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } : { $completed ->
        [one] { $completed } terminée
       *[other] { $completed } terminées
    }, { $shortened ->
        [one] { $shortened } raccourcie en sautant des parties
       *[other] { $shortened } raccourcies en sautant des parties
    }, { $stopped ->
        [one] { $stopped } arrêtée avant la fin
       *[other] { $stopped } arrêtées avant la fin
    }, { $interrupted ->
        [one] { $interrupted } interrompue
       *[other] { $interrupted } interrompues
    }.
report-look-at = À surveiller
report-nothing-to-flag = Rien à signaler : aucune note de douleur de { $high } ou plus, aucune séance après laquelle la douleur était plus forte de { $rise } ou plus qu’avant, aucune semaine où la douleur moyenne a augmenté de { $week_rise } ou plus, aucun exercice arrêté à plusieurs reprises.
report-pain-section = Douleur
report-pain-heading = Douleur avant et après chaque séance
report-no-sessions = Aucune séance n’a été enregistrée sur cette période.
report-notes-section = Notes
report-notes-heading = Les notes du patient
report-no-notes = Aucune note sur cette période.
report-date = Date
report-routine = Programme
report-note = Note
report-footer = La douleur est celle notée par le patient lui-même, de 0 (aucune) à 10 (la pire imaginable). Une séance compte comme faite si elle a été terminée comme prévu, ou si, raccourcie en sautant des parties ou arrêtée avant la fin, elle a eu au moins la moitié des maintiens faits ; ses minutes sont le temps réellement pratiqué, sans ce qui a été sauté ni les pauses. Réalisé avec stretch-timer ; rien de ce document n’a quitté l’ordinateur du patient avant qu’il choisisse de le partager.
report-flag-high-before = { $date } : douleur { $pain }/10 avant la séance ({ $routine }).
report-flag-high-after = { $date } : douleur { $pain }/10 après la séance ({ $routine }).
report-flag-pain-rose = { $date } : la douleur est passée de { $before } à { $after } pendant la séance ({ $routine }).
report-flag-week-rose = Semaine du { $week } : douleur moyenne { $average }, contre { $previous } la semaine précédente.
report-flag-stops = { $routine } : arrêté avant la fin { $times } fois à l’exercice { $step } « { $name } » (la dernière fois le { $last }).
report-prescribed = Prescription : { $prescription }.
report-done-of = Séances prescrites faites : <strong>{ $done } sur { $expected }</strong>.
report-done-of-percent = Séances prescrites faites : <strong>{ $done } sur { $expected }</strong> ({ $percent } %).
report-no-prescription = { $done ->
        [one] { $done } séance faite
       *[other] { $done } séances faites
    }. Le fichier du programme ne donne pas de prescription (ou n’existe plus).
report-week-of = Semaine du
report-done = Faites
report-prescribed-column = Prescrites
report-minutes = Minutes
report-average-pain = Douleur moyenne
report-prescription = { $days ->
        [7] tous les jours
        [one] { $days } jour par semaine
       *[other] { $days } jours par semaine
    }, { $times ->
        [1] une fois par jour
        [2] deux fois par jour
       *[other] { $times } fois par jour
    } ({ $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } par semaine)
report-chart-title = Douleur avant et après chaque séance, de 0 à 10
report-key-before = avant
report-key-after = après
report-key-high = { $high } et plus : élevée
report-no-pain = Aucune note de douleur n’a été donnée sur cette période.

## What went wrong, as a notice or the command line says it (these continue a sentence: no capital)

fault-disk-full = le disque est plein : libérez un peu d’espace et réessayez
fault-quota = votre espace disque est épuisé : libérez un peu d’espace et réessayez
fault-read-only-disk = le disque est en lecture seule : rien ne peut y être enregistré
fault-not-allowed = vous n’avez pas le droit de le modifier (permission refusée)
fault-not-found = il n’existe pas
fault-held-open = un autre logiciel l’a ouvert et ne le laisse pas remplacer ; fermez-le là-bas (ou fermez ce logiciel) et réessayez
fault-not-written = impossible d’écrire { $file } : { $reason }
history-error-corrupt = votre fichier d’historique { $file } est endommagé et ne peut pas être lu ({ $detail }) ; il est laissé tel quel
history-error-locked = un autre programme utilise votre fichier d’historique { $file } et le garde verrouillé ; fermez cet autre programme (un visualiseur de base de données, par exemple) et réessayez
history-error-too-new = votre fichier d’historique { $file } a été écrit par une version plus récente de stretch-timer (version d’historique { $found } ; cette version lit jusqu’à la { $supported }) ; mettez stretch-timer à jour pour l’utiliser, le fichier est laissé tel quel
history-error-read-only = votre fichier d’historique { $file } ne peut pas être écrit : le fichier ou son dossier est en lecture seule
history-error-full = le disque qui contient votre fichier d’historique { $file } est plein ; libérez un peu d’espace
history-error-other = impossible d’utiliser votre fichier d’historique { $file } : { $reason }
history-error-no-hold = l’exercice { $step } n’a plus de maintien à enregistrer dans cette séance
history-error-no-hold-side = l’exercice { $step } ({ $side }) n’a plus de maintien à enregistrer dans cette séance
history-error-not-open = l’historique n’est pas ouvert
record-error-waiting = cette séance de { $routine } n’est pas encore enregistrée : un autre programme utilise votre fichier d’historique { $file } ; elle sera enregistrée dès que ce programme le libérera
record-error = cette séance de { $routine } n’a pas pu être enregistrée : { $reason }

## The command line's history (stretch-timer history)

cli-history-no-match = Aucune séance ne correspond.
cli-history-none-yet = Aucune séance enregistrée pour l’instant : `stretch-timer run PROGRAMME` en enregistre une.
cli-history-started = Début
cli-history-routine = Programme
cli-history-outcome = Résultat
cli-history-time = Durée
cli-history-holds = Maintiens
cli-history-pain = Douleur
cli-history-effort = Effort
cli-history-note = Note
cli-history-running = En cours
cli-history-stopped-at = Arrêtée à l’exercice { $step }
cli-history-set-aside-hint = { $problem }. Pour enregistrer à nouveau des séances, lancez `stretch-timer history --set-aside` : le fichier endommagé est mis de côté (il est conservé, pas supprimé) et un nouvel historique commence
cli-history-moved = Votre historique endommagé a été déplacé vers { $file } (conservé, pas supprimé). Un nouvel historique a commencé : les séances sont de nouveau enregistrées.
cli-history-fine = Votre historique { $file } peut être lu et écrit : rien n’a été déplacé.
cli-history-left-out = { $problem } ; elle est laissée de côté

## The command line's run and report (stretch-timer run, stretch-timer report)

cli-run-no-sound = stretch-timer : on continue sans son : suivez l’écran
cli-run-warning = attention : { $problem }
cli-run-ctrl-c = Ctrl-C arrête.
cli-run-pain-before = Quel est votre niveau de douleur en ce moment, de 0 (aucune) à 10 (la pire) ? Entrée pour passer :
cli-run-pain-after = Quel est votre niveau de douleur maintenant, de 0 (aucune) à 10 (la pire) ? Entrée pour passer :
cli-run-pain-again = Un nombre entier de 0 à 10, ou Entrée pour passer :
cli-run-not-started = Pas commencé.
cli-run-not-recorded = cette séance de { $routine } n’a pas pu être enregistrée : son fichier n’a pas pu être relu ({ $reason })
cli-run-sound-lost = pas de son : { $reason }
cli-run-sound-back = le son est revenu
cli-run-timer-stopped = le minuteur des signaux s’est arrêté ({ $reason }) ; les signaux suivent maintenant cet écran
cli-run-complete = Programme terminé.
cli-run-stopped = Arrêté.
cli-run-done = Terminé
cli-run-side = { $side ->
        [left] gauche
        [right] droite
       *[none] -
    }
cli-run-status = { $what } · { $step } · { $side } · rép. { $rep }/{ $reps } · encore { $left } ({ $total } au total)
cli-run-status-paused = { $what } · { $step } · { $side } · rép. { $rep }/{ $reps } · encore { $left } ({ $total } au total) (en pause)
cli-report-written = Compte rendu de { $sessions ->
        [one] { $sessions } séance
       *[other] { $sessions } séances
    } écrit dans { $file }

## Odd files met on the way

media-not-a-file = { $kind ->
        [folder] c’est un dossier, pas un fichier
        [pipe] c’est un tube nommé, pas un fichier
        [socket] c’est un socket, pas un fichier
        [device] c’est un périphérique, pas un fichier
       *[other] c’est un fichier spécial, pas un fichier ordinaire
    }
media-no-free-name = tous les noms de fichier pour cette copie sont pris
check-cannot-read-folder = impossible de lire le dossier { $folder }

## L’aide de la ligne de commande (stretch-timer --help) et ce qu’elle dit quand une commande est mal tapée. Les noms d’options (--out), les commandes (run) et les valeurs (tones) restent tels qu’on les tape.

cli-help-about = Des programmes d’étirement guidés, minutés avec exactitude. Sans commande, ouvre l’application.
cli-help-check = Vérifier des fichiers de programme (ou chaque fichier .ron d’un dossier) et signaler chaque erreur avec sa ligne et sa colonne. Code de sortie 0 : tout est valide ; 1 : certains ont des erreurs ; 2 : un fichier n’a pas pu être lu.
cli-help-plan = Montrer le déroulement d’un programme : chaque phase avec son début et sa durée.
cli-help-list = Lister les programmes disponibles, fournis et les vôtres, avec leur durée totale.
cli-help-new = Écrire un nouveau programme à partir d’un modèle commenté dans votre dossier de programmes, et afficher son chemin : pour écrire des programmes dans votre propre éditeur de texte.
cli-help-export = Réunir un programme et les images et sons qu’il nomme dans un seul fichier .zip, pour l’envoyer à un patient.
cli-help-import = Ajouter à vos programmes un programme partagé (un fichier .zip créé par export). Rien de ce qu’il contient n’est exécuté ; il est vérifié avant d’être ajouté.
cli-help-render = Enregistrer toute la piste sonore d’un programme (chaque signal à son moment) dans un fichier WAV, plus vite qu’en temps réel : pour écouter un programme de bout en bout, ou le suivre sur un téléphone.
cli-help-handout = Écrire une fiche à imprimer (une page HTML, images comprises) pour un programme : ouvrez-la dans un navigateur et imprimez-la, ou envoyez-la au patient avec le programme.
cli-help-run = Jouer un programme maintenant, avec le son et une ligne qui suit son déroulement. Ctrl+C arrête.
cli-help-history = Montrer les séances que vous avez faites (chacune est enregistrée), de la plus ancienne à la plus récente : un tableau, ou du CSV ou du JSON pour d’autres logiciels.
cli-help-report = Écrire un compte rendu pour votre kinésithérapeute (une page HTML à imprimer) : les séances par semaine face à ce qui était prescrit, la douleur avant et après au fil du temps, ce qui mérite attention, et vos notes.
cli-help-remind = Rappels : une notification sur l’écran aux heures que vous choisissez, avec « Commencer maintenant ».
cli-help-remind-set = Me rappeler un programme à une heure de la journée, par une notification. Pour plusieurs fois par jour, répétez la commande avec chaque heure.
cli-help-remind-list = Lister les rappels, avec la prochaine échéance de chacun.
cli-help-remind-off = Désactiver les rappels d’un programme, ou tous.
cli-help-remind-daemon = Lancer le service de rappels : un programme en arrière-plan (sans fenêtre ni son) qui affiche chaque rappel à son heure. Il démarre à l’ouverture de session dès qu’un rappel est réglé. Code de sortie 2 s’il n’y a pas de bus de session ou de service de notifications.
cli-help-help-command = Afficher cette aide, ou l’aide de la commande nommée.
cli-help-help-which = La commande dont afficher l’aide.
cli-help-help = Afficher cette aide.
cli-help-help-more = Afficher cette aide (--help en dit plus, -h moins).
cli-help-version = Afficher la version du logiciel.
cli-help-home = Le dossier de vos propres programmes et brouillons, au lieu du dossier habituel (aussi par la variable d’environnement STRETCH_TIMER_HOME).
cli-help-lang = La langue des textes du logiciel et de sa voix (en, de, es, fr), au lieu de celle choisie dans les Réglages de l’application ou de celle du système (dans la fenêtre, une langue choisie dans les Réglages passe avant). Un programme qui indique sa propre langue parle celle-ci.
cli-help-app-routine = Un programme à ouvrir dans l’application : un fichier .ron, ou le nom d’un programme fourni.
cli-help-app-start = Commencer le programme tout de suite (pour un raccourci sur le bureau vers « mon programme de tous les jours »).
cli-help-app-style = Type de signal pour cette ouverture de l’application, comme s’il était choisi dans ses réglages.
cli-help-check-paths = Fichiers de programme ou dossiers.
cli-help-any-routine = Un fichier .ron, ou le nom d’un programme fourni (voir stretch-timer list).
cli-help-plan-json = Afficher du JSON au lieu d’un tableau.
cli-help-plan-cues = Lister aussi chaque signal (son) avec son moment.
cli-help-new-name = Le nom du programme, tel que le patient le verra.
cli-help-export-routine = Un fichier .ron, ou le nom de l’un de vos programmes.
cli-help-export-out = Le fichier à écrire (par défaut NOM.zip dans le dossier courant).
cli-help-import-package = Le fichier .zip.
cli-help-import-rename = Si vous avez déjà un programme du même nom, garder les deux (le nouveau sous un autre nom).
cli-help-import-replace = Si vous avez déjà un programme du même nom, le remplacer par le nouveau.
cli-help-render-out = Le fichier WAV à écrire.
cli-help-page-out = Le fichier HTML à écrire.
cli-help-style = Des sons, des annonces parlées, ou les deux.
cli-help-speak-names = Dire le nom de chaque exercice et le côté au moment de le commencer (« Étirement du psoas sur le banc. Côté gauche. ») au lieu de « Exercice suivant » (avec voice et both), grâce à espeak-ng s’il est installé ; sinon, les annonces habituelles. C’est le réglage par défaut, comme dans l’application.
cli-help-no-speak-names = Ne pas dire le nom des exercices : seulement les annonces habituelles (« Préparez-vous », « Exercice suivant »).
cli-help-read-instructions = Quand lire aussi les consignes de chaque exercice pendant la mise en place, si elles se terminent avant le maintien : when-asked (le programme dit read_instructions: true), always (aussi --read-instructions seul) ou never.
cli-help-speech-voice = La voix espeak-ng qui dit le nom des exercices (en-us, en-gb, de, fr-fr, …), si elle parle la langue de la voix : celle du programme, sinon celle du logiciel (--lang). Par défaut, la voix propre à cette langue.
cli-help-speech-rate = À quelle vitesse le nom des exercices est dit, en mots par minute (de 80 à 260).
cli-help-run-volume = Volume de 0 à 100.
cli-help-run-silent = Aucun son (seulement l’affichage).
cli-help-run-pain-before = Votre douleur avant, de 0 (aucune) à 10 (la pire), au lieu de vous la demander.
cli-help-run-pain-after = Votre douleur après, de 0 à 10, au lieu de vous la demander.
cli-help-run-no-ask = Ne pas demander la douleur (elle n’est de toute façon demandée que si vous tapez dans un terminal).
cli-help-history-since = Seulement les séances à partir de ce jour (AAAA-MM-JJ).
cli-help-only-routine = Seulement les séances du programme qui porte ce nom.
cli-help-history-csv = Une ligne par séance, avec les colonnes started_at, routine, outcome, seconds, holds_done, holds_planned, pain_before, pain_after, effort, note.
cli-help-history-json = La même chose que --csv, plus les maintiens de chaque exercice et de chaque côté, en JSON.
cli-help-history-set-aside = Mettre de côté un fichier d’historique abîmé (il est gardé, pas supprimé) et en commencer un nouveau, pour que les séances soient de nouveau enregistrées.
cli-help-report-since = Le compte rendu commence ce jour-là (AAAA-MM-JJ) ; par défaut, il y a 12 semaines.
cli-help-remind-set-routine = Un fichier .ron, le nom d’un programme fourni, ou l’un des vôtres.
cli-help-remind-set-at = L’heure de la journée, au format 24 heures.
cli-help-remind-set-days = Quels jours : daily (tous les jours), weekdays (en semaine), weekends (le week-end) ou des jours comme mon,wed,fri.
cli-help-remind-off-routine = Le programme, tel qu’il a été réglé ; sans lui, tous les rappels sont désactivés.
cli-help-values = Valeurs possibles :
cli-help-with-values = { $help } [valeurs possibles : { $values }]
cli-help-with-default = { $help } [par défaut : { $value }]
cli-heading-usage = Utilisation{"\u00A0"}
cli-heading-commands = Commandes{"\u00A0"}
cli-heading-arguments = Arguments{"\u00A0"}
cli-heading-options = Options{"\u00A0"}
cli-value-routine = PROGRAMME
cli-value-path = CHEMIN
cli-value-name = NOM
cli-value-package = PAQUET
cli-value-dir = DOSSIER
cli-value-lang = LANGUE
cli-value-style = TYPE
cli-value-file = FICHIER.{ $kind }
cli-value-number = N
cli-value-date = DATE
cli-value-time = HH:MM
cli-value-days = JOURS
cli-value-when = QUAND
cli-value-voice = VOIX
cli-value-wpm = MPM
cli-value-volume = VOLUME
cli-value-command = COMMANDE
cli-value-options = OPTIONS
cli-error = erreur :
cli-error-tip = conseil :
cli-error-more = Pour en savoir plus, essayez { $flag }.
cli-error-no-value = { $arg } demande une valeur, et aucune n’a été donnée
cli-error-invalid-value = { $arg } n’accepte pas la valeur { $value }
cli-error-unknown = cette commande ne connaît pas { $arg }
cli-error-twice = { $arg } ne peut être donné qu’une fois
cli-error-conflict = { $arg } ne peut pas être donné avec { $other }
cli-error-conflict-any = { $arg } ne peut pas être donné avec l’une des autres options
cli-error-missing = ceci est nécessaire et n’a pas été donné : { $args }
cli-error-too-many = { $value } n’était pas attendu : { $arg } ne prend pas d’autre valeur
cli-error-no-equals = { $arg } prend sa valeur après un signe égal, sans espace : { $arg }=…
cli-error-unknown-command = { $command } n’est pas une commande
cli-error-no-command = { $command } demande une commande après lui
cli-error-other = la ligne de commande n’a pas pu être lue
cli-error-did-you-mean = vouliez-vous dire { $close } ?
cli-error-as-value = pour donner { $arg } comme valeur et non comme option, écrivez -- devant : { $form }
