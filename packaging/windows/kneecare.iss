; Inno Setup script for Windows (NOT built or run here: written down, untested; see packaging/README.md).
; It installs the PyInstaller folder for the current user (no administrator rights), adds a Start menu
; entry that carries the app id (so the taskbar groups the window with it), and removes everything again.
;
; On Windows, from the repository root:
;   py -m pip install -e ".[bundle]"
;   py packaging\build.py                                   -> dist\kneecare\kneecare.exe
;   iscc /DAppVersion=0.1.0 packaging\windows\kneecare.iss  -> dist\KneeCare-0.1.0-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\kneecare.iss
#endif
#define AppName "KneeCare"
#define AppUserModelId "io.github.kneecare.KneeCare"

[Setup]
; A fixed id (uuid5 of the app id): the same for every version, so an update replaces the old one.
AppId={{2FAEA84D-4D19-5DA7-A446-CB12671D0D55}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The KneeCare developers
AppPublisherURL=https://github.com/kneecare/KneeCare
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=KneeCare-{#AppVersion}-setup
SetupIconFile=kneecare.ico
UninstallDisplayIcon={app}\kneecare.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\kneecare\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kneecare.exe"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kneecare.exe"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Registry]
; "Start with Windows" (set from the app's settings) lives in this Run value: remove it with the app.
; The value name must match the one kneecare/platform's autostart writes.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "{#AppName}"; Flags: dontcreatekey uninsdeletevalue

[Run]
Filename: "{app}\kneecare.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
