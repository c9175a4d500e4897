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
