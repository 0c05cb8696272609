; Inno Setup script for Kernkracht on Windows (Inno Setup 6).
; First build the bundle on Windows:  py packaging\build.py   (makes dist\kernkracht\)
; Then:  "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\kernkracht.iss
; Result: dist\Kernkracht-0.1.0-setup.exe. It installs per user (no administrator needed),
; adds a Start-menu entry and, if chosen, a desktop icon. Session files stay in
; %LOCALAPPDATA%\Kernkracht\sessies and are kept when Kernkracht is removed.

#define AppName "Kernkracht"
#define AppVersion "0.1.0"
#define Root "..\.."

[Setup]
AppId={{6B0F3C2E-7D1A-4E55-9A3B-4B2A8E1C9D07}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Kernkracht
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=Kernkracht-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\kernkracht.ico
UninstallDisplayIcon={app}\kernkracht.exe
LicenseFile={#Root}\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Root}\dist\kernkracht\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\kernkracht.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kernkracht.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\kernkracht.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
