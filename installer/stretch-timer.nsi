; The Windows installer: per user, no administrator (docs/windows.md). Built on Linux by
; scripts/build-windows.sh with Debian's NSIS, which passes:
;   VERSION  the package's version (0.1.0)
;   SOURCE   the program's folder as built (stretch-timer.exe, .com, routines, documents)
;   ICON     assets/windows/stretch-timer.ico
;   OUTFILE  the installer to write
; /S installs and uninstalls silently; /D=FOLDER (last on the line) installs elsewhere.

; 64-bit: a 32-bit installer on a 64-bit-only Wine installs nothing and says nothing, and the
; program is 64-bit anyway.
Target amd64-unicode
SetCompressor /SOLID lzma
; The two program files differ in one byte: a dictionary that holds the first makes the second
; almost free.
SetCompressorDictSize 64
RequestExecutionLevel user
ManifestDPIAware true

!define APP "Stretch Timer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\StretchTimer"
!define ROUTINE_CLASS "StretchTimer.Routine"
!define SHARED_CLASS "StretchTimer.SharedRoutine"
; SHChangeNotify's SHCNE_ASSOCCHANGED: Explorer shows the new icons and handlers at once.
!define ASSOCIATIONS_CHANGED "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "CompanyName" "The stretch-timer developers"
VIAddVersionKey /LANG=0 "LegalCopyright" "The stretch-timer developers; MIT OR Apache-2.0"

!include "MUI2.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\stretch-timer.exe"

!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one used where Windows' own is none of these; otherwise NSIS takes
; Windows' display language, for the installer and the uninstaller alike (no dialog asks).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "French"

; The installer's own words, one per language (NSIS's LangString); the pages' standard words are
; NSIS's own translations. The words of the program are in i18n/ (docs/translating.md).
LangString SectionProgram ${LANG_ENGLISH} "${APP} (with a Start menu entry)"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString RoutineType ${LANG_ENGLISH} "Stretch Timer routine"
LangString SharedType ${LANG_ENGLISH} "Shared Stretch Timer routine"
LangString OpenWith ${LANG_ENGLISH} "Open with Stretch Timer"
LangString DataKept ${LANG_ENGLISH} "Your routines and your history are kept, in $APPDATA\stretch-timer. Delete that folder if you want them gone too."

LangString SectionProgram ${LANG_GERMAN} "${APP} (mit einem Eintrag im Startmenü)"
LangString SectionDesktop ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString RoutineType ${LANG_GERMAN} "Stretch-Timer-Programm"
LangString SharedType ${LANG_GERMAN} "Weitergegebenes Stretch-Timer-Programm"
LangString OpenWith ${LANG_GERMAN} "Mit Stretch Timer öffnen"
LangString DataKept ${LANG_GERMAN} "Ihre Programme und Ihr Verlauf bleiben erhalten, in $APPDATA\stretch-timer. Löschen Sie diesen Ordner, wenn auch sie weg sein sollen."

LangString SectionProgram ${LANG_SPANISH} "${APP} (con una entrada en el menú Inicio)"
LangString SectionDesktop ${LANG_SPANISH} "Acceso directo en el escritorio"
LangString RoutineType ${LANG_SPANISH} "Rutina de Stretch Timer"
LangString SharedType ${LANG_SPANISH} "Rutina compartida de Stretch Timer"
LangString OpenWith ${LANG_SPANISH} "Abrir con Stretch Timer"
LangString DataKept ${LANG_SPANISH} "Sus rutinas y su historial se conservan, en $APPDATA\stretch-timer. Borre esa carpeta si quiere eliminarlos también."

LangString SectionProgram ${LANG_FRENCH} "${APP} (avec une entrée dans le menu Démarrer)"
LangString SectionDesktop ${LANG_FRENCH} "Raccourci sur le bureau"
LangString RoutineType ${LANG_FRENCH} "Programme Stretch Timer"
LangString SharedType ${LANG_FRENCH} "Programme Stretch Timer partagé"
LangString OpenWith ${LANG_FRENCH} "Ouvrir avec Stretch Timer"
LangString DataKept ${LANG_FRENCH} "Vos programmes et votre historique sont conservés, dans $APPDATA\stretch-timer. Supprimez ce dossier si vous voulez aussi les effacer."

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "$(SectionProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SOURCE}\stretch-timer.exe"
  File "${SOURCE}\stretch-timer.com"
  File "${SOURCE}\README.md"
  File "${SOURCE}\routine-format.md"
  ; The bundled routines: English, and each translation in its language's folder (routines\de).
  SetOutPath "$INSTDIR\routines"
  File /r "${SOURCE}\routines\*.ron"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\stretch-timer.exe"

  ; Routine files (.ron) open with Stretch Timer on a double click: this user's class for the
  ; extension, unless another program has it already (then Stretch Timer is offered in Open with).
  WriteRegStr HKCU "Software\Classes\${ROUTINE_CLASS}" "" "$(RoutineType)"
  WriteRegStr HKCU "Software\Classes\${ROUTINE_CLASS}\DefaultIcon" "" "$INSTDIR\stretch-timer.exe,0"
  WriteRegStr HKCU "Software\Classes\${ROUTINE_CLASS}\shell\open\command" "" '"$INSTDIR\stretch-timer.exe" "%1"'
  ReadRegStr $0 HKCU "Software\Classes\.ron" ""
  StrCmp $0 "" 0 +2
    WriteRegStr HKCU "Software\Classes\.ron" "" "${ROUTINE_CLASS}"
  WriteRegStr HKCU "Software\Classes\.ron\OpenWithProgids" "${ROUTINE_CLASS}" ""

  ; A shared routine (.zip): offered in Open with, never taking .zip over from Explorer.
  WriteRegStr HKCU "Software\Classes\${SHARED_CLASS}" "" "$(SharedType)"
  WriteRegStr HKCU "Software\Classes\${SHARED_CLASS}\DefaultIcon" "" "$INSTDIR\stretch-timer.exe,0"
  WriteRegStr HKCU "Software\Classes\${SHARED_CLASS}\shell\open" "" "$(OpenWith)"
  WriteRegStr HKCU "Software\Classes\${SHARED_CLASS}\shell\open\command" "" '"$INSTDIR\stretch-timer.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.zip\OpenWithProgids" "${SHARED_CLASS}" ""

  ; The program's name and the types it opens, for Open with's list.
  WriteRegStr HKCU "Software\Classes\Applications\stretch-timer.exe" "FriendlyAppName" "${APP}"
  WriteRegStr HKCU "Software\Classes\Applications\stretch-timer.exe\SupportedTypes" ".ron" ""
  WriteRegStr HKCU "Software\Classes\Applications\stretch-timer.exe\SupportedTypes" ".zip" ""
  WriteRegStr HKCU "Software\Classes\Applications\stretch-timer.exe\shell\open\command" "" '"$INSTDIR\stretch-timer.exe" "%1"'
  System::Call '${ASSOCIATIONS_CHANGED}'

  ; Settings' Apps list: name, version, icon, size, and how to remove it (silently too).
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The stretch-timer developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\stretch-timer.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  SectionGetSize ${SecProgram} $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SectionDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\stretch-timer.exe"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"

  ; Only this program's values: other programs' entries under .ron and .zip stay.
  ReadRegStr $0 HKCU "Software\Classes\.ron" ""
  StrCmp $0 "${ROUTINE_CLASS}" 0 +2
    DeleteRegValue HKCU "Software\Classes\.ron" ""
  DeleteRegValue HKCU "Software\Classes\.ron\OpenWithProgids" "${ROUTINE_CLASS}"
  DeleteRegValue HKCU "Software\Classes\.zip\OpenWithProgids" "${SHARED_CLASS}"
  DeleteRegKey HKCU "Software\Classes\${ROUTINE_CLASS}"
  DeleteRegKey HKCU "Software\Classes\${SHARED_CLASS}"
  DeleteRegKey HKCU "Software\Classes\Applications\stretch-timer.exe"
  System::Call '${ASSOCIATIONS_CHANGED}'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; The program's files (its routines folder holds only the bundled routines: the client's are
  ; in %APPDATA%), then the folder if that left it empty: one chosen by hand may hold other things.
  Delete "$INSTDIR\stretch-timer.exe"
  Delete "$INSTDIR\stretch-timer.com"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\routine-format.md"
  Delete "$INSTDIR\routines\*.ron"
  ; Each translation's folder (routines/LANGUAGE/ in the source; tests/it/packaging.rs checks
  ; there are two lines here for each).
  Delete "$INSTDIR\routines\de\*.ron"
  RMDir "$INSTDIR\routines\de"
  Delete "$INSTDIR\routines\es\*.ron"
  RMDir "$INSTDIR\routines\es"
  Delete "$INSTDIR\routines\fr\*.ron"
  RMDir "$INSTDIR\routines\fr"
  RMDir "$INSTDIR\routines"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DetailPrint "$(DataKept)"
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
SectionEnd
