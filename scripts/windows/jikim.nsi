; Jikim's Windows installer (issue 17), built on Linux by scripts/build-windows.sh with Debian's
; makensis. Tauri's own NSIS bundling fetches its plugin from GitHub at build time, which the build
; machine cannot reach, so this script does what a school needs with stock NSIS only:
;
; - a per-machine install (Program Files, Start menu and desktop for all users), so every lab
;   account has the app; it asks for administrator rights once;
; - the app (jikim-app.exe), the CLI and headless hub (jikim.exe), WebView2Loader.dll, the
;   modules and the help data (the Korean font and the UI strings are inside jikim-app.exe);
; - the WebView2 runtime: checked as Tauri's installer checks it; when missing, the runtime
;   installer given at build time (JIKIM_WEBVIEW2_INSTALLER, e.g. Microsoft's offline standalone
;   installer) is run silently, otherwise the installer says what to install (docs/windows.md);
; - inbound firewall rules for the class hub (the app, which a teacher's PC runs the hub in, and
;   jikim.exe), on private and domain networks only;
; - /PROVISION=<file>: the lab's provisioning file copied to %PROGRAMDATA%\Jikim\provision.toml,
;   so an image is set up in one silent command before the restore card freezes it.
;
; Defines given by the build script: VERSION (x.y.z), STAGE (folder with the files), OUTFILE,
; ICON, and optionally WEBVIEW2_INSTALLER and WEBVIEW2_LOADER.

; A 64-bit installer (NSIS's amd64-unicode stubs): Jikim is 64-bit only, and a 64-bit installer
; sees the 64-bit Program Files and registry without redirection.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

!define PRODUCT "Jikim"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Jikim"
!define WEBVIEW2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define FIREWALL_APP "Jikim class hub (app)"
!define FIREWALL_CLI "Jikim class hub (jikim.exe)"
!define SHORTCUT "지킴 Jikim"

Name "$(PRODUCT_NAME)"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Jikim"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "Jikim ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Jikim"
VIAddVersionKey /LANG=0 "FileDescription" "Jikim installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Jikim contributors"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\jikim-app.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Korean first: it is the language the installer starts in unless Windows is set otherwise.
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "English"

LangString PRODUCT_NAME ${LANG_KOREAN} "지킴 Jikim"
LangString PRODUCT_NAME ${LANG_ENGLISH} "Jikim"


LangString MSG_NEEDS_64BIT ${LANG_KOREAN} "지킴은 64비트 Windows 10 이상에서 실행됩니다."
LangString MSG_NEEDS_64BIT ${LANG_ENGLISH} "Jikim runs on 64-bit Windows 10 or later."
LangString MSG_WEBVIEW2_MISSING ${LANG_KOREAN} "이 PC에는 Microsoft Edge WebView2 런타임이 없습니다. 지킴 창을 열려면 이 런타임이 필요합니다. 관리자에게 WebView2 런타임 오프라인 설치 파일(Evergreen Standalone Installer, x64) 설치를 요청하세요. 지킴 명령줄 도구(jikim.exe)와 학급 허브는 런타임 없이도 실행됩니다."
LangString MSG_WEBVIEW2_MISSING ${LANG_ENGLISH} "This PC does not have the Microsoft Edge WebView2 runtime, which the Jikim window needs. Ask an administrator to install the WebView2 Runtime (Evergreen Standalone Installer, x64). The Jikim command-line tool (jikim.exe) and the class hub run without it."
LangString MSG_WEBVIEW2_FAILED ${LANG_KOREAN} "WebView2 런타임 설치에 실패했습니다(코드 $1). 관리자에게 문의하세요."
LangString MSG_WEBVIEW2_FAILED ${LANG_ENGLISH} "The WebView2 runtime could not be installed (code $1). Ask an administrator."
LangString MSG_WEBVIEW2_INSTALLING ${LANG_KOREAN} "WebView2 런타임을 설치하는 중..."
LangString MSG_WEBVIEW2_INSTALLING ${LANG_ENGLISH} "Installing the WebView2 runtime..."
LangString MSG_PROVISION_MISSING ${LANG_KOREAN} "실습실 PC 설정 파일을 찾을 수 없습니다: $0"
LangString MSG_PROVISION_MISSING ${LANG_ENGLISH} "The lab PC setup file was not found: $0"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(MSG_NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

; The WebView2 runtime is installed per machine (HKLM) or, by a user, per user (HKCU); a "pv"
; of 0.0.0.0 or none means it is absent (Microsoft's documented check, which Tauri's installer
; uses too).
Function EnsureWebView2
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_CLIENT}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  ${If} $0 != ""
  ${AndIf} $0 != "0.0.0.0"
    DetailPrint "WebView2 $0"
    Return
  ${EndIf}
!ifdef WEBVIEW2_INSTALLER
  DetailPrint "$(MSG_WEBVIEW2_INSTALLING)"
  SetOutPath "$PLUGINSDIR"
  File "/oname=webview2-runtime-setup.exe" "${WEBVIEW2_INSTALLER}"
  ExecWait '"$PLUGINSDIR\webview2-runtime-setup.exe" /silent /install' $1
  ${If} $1 != 0
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(MSG_WEBVIEW2_FAILED)" /SD IDOK
  ${EndIf}
!else
  DetailPrint "$(MSG_WEBVIEW2_MISSING)"
  MessageBox MB_OK|MB_ICONEXCLAMATION "$(MSG_WEBVIEW2_MISSING)" /SD IDOK
!endif
FunctionEnd

Section "Jikim" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${STAGE}\jikim-app.exe"
  File "${STAGE}\jikim.exe"
!ifdef WEBVIEW2_LOADER
  File "${STAGE}\WebView2Loader.dll"
!endif
  ; A reinstall replaces the modules as a whole: a module removed from this version must not stay.
  RMDir /r "$INSTDIR\assets"
  SetOutPath "$INSTDIR\assets"
  File /r "${STAGE}\assets\*.*"
  SetOutPath "$INSTDIR"

  Call EnsureWebView2

  ; The lab's provisioning, when given: /PROVISION=D:\provision.toml
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PROVISION=" $0
  ${IfNot} ${Errors}
    ${If} ${FileExists} "$0"
      CreateDirectory "$APPDATA\Jikim"
      CopyFiles /SILENT "$0" "$APPDATA\Jikim\provision.toml"
      DetailPrint "provision.toml -> $APPDATA\Jikim"
    ${Else}
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(MSG_PROVISION_MISSING)" /SD IDOK
      SetErrorLevel 2
    ${EndIf}
  ${EndIf}

  ; The class hub listens on the teacher's PC (port 7443 by default, or the one the teacher
  ; chose): rules for the programs, not a port, on private and domain networks only.
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_APP}"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_CLI}"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${FIREWALL_APP}" dir=in action=allow program="$INSTDIR\jikim-app.exe" protocol=TCP profile=private,domain enable=yes'
  Pop $0
  DetailPrint "firewall (app): $0"
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${FIREWALL_CLI}" dir=in action=allow program="$INSTDIR\jikim.exe" protocol=TCP profile=private,domain enable=yes'
  Pop $0
  DetailPrint "firewall (jikim.exe): $0"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\jikim-app.exe"
  CreateShortcut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\jikim-app.exe"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "$(PRODUCT_NAME)"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Jikim"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\jikim-app.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; The uninstaller removes the program, never data: the students' records and a teacher's hub
; live in each user's %APPDATA%\kr.jikim.app, and the lab's provisioning in %PROGRAMDATA%\Jikim.
Section "Uninstall"
  Delete "$INSTDIR\jikim-app.exe"
  Delete "$INSTDIR\jikim.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  RMDir /r "$INSTDIR\assets"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_APP}"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${FIREWALL_CLI}"'
  Pop $0
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
