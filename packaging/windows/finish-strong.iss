; Inno Setup 6 script: the Windows installer for Finish Strong. NOT YET VERIFIED ON WINDOWS.
;
; Build (PowerShell, from the repository root, Python 3.11 and Inno Setup 6 installed):
;   py -3.11 -m venv .venv
;   .venv\Scripts\python -m pip install -e ".[package]"
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\finish-strong.spec
;   & "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\finish-strong.iss
; Output: dist\finish-strong-0.1.0-setup.exe
;
; The Start-menu shortcut carries the AppUserModelID the app sets for its own process
; (desktop_app/windows_identity.py), so Windows shows notifications under "Finish Strong"
; and groups the taskbar button with the shortcut. Per-user install by default (no UAC).
; Uninstalling removes the program, its shortcuts and its start-at-login entry, never the
; user's data (%LOCALAPPDATA%\finish-strong).

#define AppId "io.github.finishstrong.FinishStrong"
#define AppName "Finish Strong"
#define AppVersion "0.1.0"
#define AppExe "finish-strong.exe"

[Setup]
; Inno's own id for upgrades and the uninstall entry; {{ escapes the brace.
AppId={{8C0F3A52-5B7E-4E0C-9A55-3F6F3C1D2B71}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Finish Strong developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=finish-strong-{#AppVersion}-setup
SetupIconFile=..\..\resources\finish-strong.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The PyInstaller one-folder bundle (windowed: console=False in the spec, so no console window).
Source: "..\..\dist\finish-strong\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Comment: "Follow up after every job interview, on time"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Start at login writes HKCU\...\Run\Finish Strong (desktop_app/reminders/autostart.py); without
// the program it would point at nothing, so it goes with the program. The data folder stays.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', '{#AppName}');
end;
