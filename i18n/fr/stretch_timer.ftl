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
        [one] 1 exercice
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
        [one] 1 exercice
       *[other] { $steps } exercices
    }
overview-facts-by = { $time } au total · { $steps ->
        [one] 1 exercice
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
        [one] 1 exercice
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
        [one] 1 exercice
       *[other] { $steps } exercices
    } · prévu { $planned } · durée réelle { $took }
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
        [one] 1 jour par semaine
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
        [one] 1 programmé
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
        [one] 1 rappel désactivé
       *[other] { $count } rappels désactivés
    }.
remind-off-routine = { $count ->
        [one] 1 rappel désactivé
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

## La question sur la douleur, avant un programme et après un arrêt

pain-question = Quelle est votre douleur en ce moment ?
pain-before = Avant « { $routine } »
pain-stopped-at = { $routine } : arrêté à { $step }
pain-scale = 0, c’est aucune douleur ; 10, la pire douleur que vous puissiez imaginer
pain-keys = Les touches 0 à 9 fonctionnent aussi
pain-button-name = Douleur { $pain }
pain-skip = Passer
    .tooltip = Continuer sans note (S)
pain-skip-and-start = Passer et commencer
pain-not-now = Pas maintenant


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

## Corriger à la main un fichier de programme

fix-not-saved = L’enregistrement a échoué ; vos modifications sont toujours là : { $reason }
fix-saved-whole = { $file } enregistré : il ne contient plus d’erreur.
fix-saved-with-problems = { $file } enregistré, { $count ->
        [one] encore 1 erreur
       *[other] encore { $count } erreurs
    } à corriger.

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
history-report = Compte rendu pour mon kinésithérapeute
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
session-minutes = { $minutes } min
session-holds = { $done } sur { $planned ->
        [one] 1 maintien
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
        [one] 1 jour
       *[other] { $days } jours
    } d’affilée, depuis le { $since }
week-rest-days = Votre prescription prévoit { $days ->
        [one] 1 jour de repos
       *[other] { $days } jours de repos
    } par semaine : un jour manqué parmi eux n’interrompt pas la série.
week-kept-heading = Suivi de la prescription
week-no-prescription = Pas de prescription : un programme peut indiquer à quelle fréquence le faire (son calendrier).
week-prescription = { $routine } : { $days ->
        [one] 1 jour
       *[other] { $days } jours
    } par semaine, { $times ->
        [one] une fois
       *[other] { $times } fois
    } par jour
week-last-7 = 7 derniers jours : { $done } séances sur { $expected }
week-last-7-percent = 7 derniers jours : { $done } séances sur { $expected } ({ $percent } %)
week-last-28 = 28 derniers jours : { $done } séances sur { $expected }
week-last-28-percent = 28 derniers jours : { $done } séances sur { $expected } ({ $percent } %)
# A day's box, as a screen reader says it.
week-day-to-come = { $day } : à venir
week-day-not-done = { $day } : pas faite
week-today-not-done = { $day } (aujourd’hui) : pas faite
week-day-done = { $day } : { $sessions ->
        [one] 1 séance faite
       *[other] { $sessions } séances faites
    }
week-today-done = { $day } (aujourd’hui) : { $sessions ->
        [one] 1 séance faite
       *[other] { $sessions } séances faites
    }

# The charts
chart-pain-heading = Douleur avant et après
chart-no-pain = Aucune note de douleur sur cette période.
chart-pain-counts = { $before ->
        [one] 1 séance
       *[other] { $before } séances
    } avec une note avant, { $after ->
        [one] 1 séance
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
        [one] 1 semaine
       *[other] { $weeks } semaines
    }.
chart-minutes-series = Minutes
chart-minutes-name = Graphique des minutes par semaine : { $words }
chart-sessions-heading = Séances par semaine
chart-sessions = { $done } séances faites en { $weeks ->
        [one] 1 semaine
       *[other] { $weeks } semaines
    }.
chart-sessions-prescribed = { $done } séances faites en { $weeks ->
        [one] 1 semaine
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
settings-no-speech = Les noms des exercices ne peuvent pas être prononcés : { $reason }. Installez espeak-ng pour les entendre : sudo apt install espeak-ng
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

## The report for the therapist (a page to print or send)
# Words in <strong> stand out on the page: keep the marks around the same words.

report-title = Compte rendu de suivi
report-title-routine = Compte rendu de suivi : { $routine }
report-period = Du <strong>{ $from }</strong> au <strong>{ $to }</strong> ({ $days ->
        [one] 1 jour
       *[other] { $days } jours
    })
report-summary-none = Aucune séance.
report-summary = { $sessions ->
        [one] 1 séance
       *[other] { $sessions } séances
    } : { $completed } terminées, { $stopped } arrêtées avant la fin, { $interrupted } interrompues.
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
report-footer = La douleur est celle notée par le patient lui-même, de 0 (aucune) à 10 (la pire imaginable). Une séance compte comme faite si elle a été terminée, ou arrêtée avant la fin avec au moins la moitié des maintiens faits. Réalisé avec stretch-timer ; rien de ce document n’a quitté l’ordinateur du patient avant qu’il choisisse de le partager.
report-flag-high-before = { $date } : douleur { $pain }/10 avant la séance ({ $routine }).
report-flag-high-after = { $date } : douleur { $pain }/10 après la séance ({ $routine }).
report-flag-pain-rose = { $date } : la douleur est passée de { $before } à { $after } pendant la séance ({ $routine }).
report-flag-week-rose = Semaine du { $week } : douleur moyenne { $average }, contre { $previous } la semaine précédente.
report-flag-stops = { $routine } : arrêté avant la fin { $times } fois à l’exercice { $step } « { $name } » (la dernière fois le { $last }).
report-prescribed = Prescription : { $prescription }.
report-done-of = <strong>{ $done } séances sur { $expected }</strong> prescrites faites.
report-done-of-percent = <strong>{ $done } séances sur { $expected }</strong> prescrites faites ({ $percent } %).
report-no-prescription = { $done ->
        [one] 1 séance faite
       *[other] { $done } séances faites
    }. Le fichier du programme ne donne pas de prescription (ou n’existe plus).
report-week-of = Semaine du
report-done = Faites
report-prescribed-column = Prescrites
report-minutes = Minutes
report-average-pain = Douleur moyenne
report-prescription = { $days ->
        [7] tous les jours
        [one] 1 jour par semaine
       *[other] { $days } jours par semaine
    }, { $times ->
        [1] une fois par jour
        [2] deux fois par jour
       *[other] { $times } fois par jour
    } ({ $sessions ->
        [one] 1 séance
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
        [one] 1 séance
       *[other] { $sessions } séances
    } écrit dans { $file }
