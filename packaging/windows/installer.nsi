; The Windows installer for Relief Journal, built on Linux by packaging/package.sh with makensis
; (Debian's nsis package). Only what ships with NSIS is used: no plugins from the web.
;
; packaging/package.sh passes these, as absolute paths:
;   VERSION  the version from Cargo.toml          STAGE  folder with the exe and its licences
;   ICON     assets/icons/relief-journal.ico      NOTES  this version's release notes (text)
;   OUTFILE  the installer to write
;
; Installs for all users (Program Files, needs administrator rights) or for the current user only
; (%LOCALAPPDATA%\Programs, no rights needed); the first page asks, and silent installs take
; /AllUsers or /CurrentUser. The uninstaller removes the program, its shortcut and its registry
; entries, and never the journal in %APPDATA%\relief-journal.

; A 64-bit installer for a 64-bit program: it writes the 64-bit registry view and Program Files.
Target amd64-unicode
SetCompressor /SOLID lzma
!define APP_NAME "Relief Journal"
!define APP_EXE "relief-journal.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\relief-journal"
!define SETTINGS_KEY "Software\Relief Journal"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
; The release notes of this version, shown the way a licence page would be, without agreeing.
!define MUI_PAGE_HEADER_TEXT "What is new"
!define MUI_PAGE_HEADER_SUBTEXT "${APP_NAME} ${VERSION}"
!define MUI_LICENSEPAGE_TEXT_TOP "Release notes"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "Your journal stays where it is: installing or uninstalling never changes it."
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!insertmacro MUI_PAGE_LICENSE "${NOTES}"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

Function .onInit
    !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
    !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Relief Journal" SecApp
    SectionIn RO
    SetOutPath "$INSTDIR"
    File "${STAGE}\${APP_EXE}"
    File "${STAGE}\LICENSE-MIT.txt"
    File "${STAGE}\LICENSE-APACHE.txt"
    File "${STAGE}\LICENSE-DejaVu.txt"
    File "/oname=RELEASE-NOTES.txt" "${NOTES}"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

    ; SHCTX is HKLM for all users and HKCU for the current user (set by MultiUser.nsh).
    WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "The Relief Journal developers"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
        '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
        '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
    ; Only the files this installer wrote, one by one: the journal lives in
    ; %APPDATA%\relief-journal and is never touched, and nothing else in $INSTDIR is removed.
    Delete "$SMPROGRAMS\${APP_NAME}.lnk"
    Delete "$INSTDIR\${APP_EXE}"
    Delete "$INSTDIR\LICENSE-MIT.txt"
    Delete "$INSTDIR\LICENSE-APACHE.txt"
    Delete "$INSTDIR\LICENSE-DejaVu.txt"
    Delete "$INSTDIR\RELEASE-NOTES.txt"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey SHCTX "${UNINSTALL_KEY}"
    DeleteRegKey SHCTX "${SETTINGS_KEY}"
SectionEnd
