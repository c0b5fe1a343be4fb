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
; /AllUsers or /CurrentUser. The uninstaller turns off the reminder to log of the user running it
; (`relief-journal reminders off`) and removes the program, its shortcut and its registry
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
!include LogicLib.nsh
!include Win\COM.nsh
!include Win\Propkey.nsh

; The AppUserModelID the program gives its notifications (src/reminders/notify.rs): Windows shows
; the reminder's toasts as coming from the app whose Start-menu shortcut carries it.
!define APP_USER_MODEL_ID "ReliefJournal.ReliefJournal"

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

; Puts ${APP_USER_MODEL_ID} on the shortcut whose path is on the stack, through the shell link's
; property store (COM, with the System plugin that ships with NSIS). On any failure the shortcut
; stays as it is and toasts show as coming from PowerShell.
Function SetShortcutAppUserModelId
    Exch $R0
    Push $0
    Push $1
    Push $2
    Push $3
    Push $4
    !insertmacro ComHlpr_CreateInProcInstance ${CLSID_ShellLink} ${IID_IShellLink} r0 ""
    ${If} $0 P<> 0
        ${IUnknown::QueryInterface} $0 '("${IID_IPersistFile}",.r1)'
        ${If} $1 P<> 0
            ${IPersistFile::Load} $1 '("$R0",${STGM_READWRITE}).r2'
            ${If} $2 = 0
                ${IUnknown::QueryInterface} $0 '("${IID_IPropertyStore}",.r2)'
                ${If} $2 P<> 0
                    System::Call '*${SYSSTRUCT_PROPERTYKEY}(${PKEY_AppUserModel_ID})p.r3'
                    System::Call '*(&i2 ${VT_LPWSTR},&i6,w "${APP_USER_MODEL_ID}",&i8)p.r4'
                    ${IPropertyStore::SetValue} $2 '($3,$4)'
                    ${IPropertyStore::Commit} $2 ""
                    System::Free $3
                    System::Free $4
                    ${IUnknown::Release} $2 ""
                    ${IPersistFile::Save} $1 '("$R0",1)'
                ${EndIf}
            ${EndIf}
            ${IUnknown::Release} $1 ""
        ${EndIf}
        ${IUnknown::Release} $0 ""
    ${EndIf}
    Pop $4
    Pop $3
    Pop $2
    Pop $1
    Pop $0
    Pop $R0
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
    Push "$SMPROGRAMS\${APP_NAME}.lnk"
    Call SetShortcutAppUserModelId

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
    ; The reminder to log of the user uninstalling (a Task Scheduler task) goes with the program,
    ; so no task is left pointing at a missing exe.
    ExecWait '"$INSTDIR\${APP_EXE}" reminders off'
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
