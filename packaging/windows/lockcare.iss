; Inno Setup script for lockcare: a per-user install (no administrator rights), a Start-menu
; entry and an uninstaller. packaging/build.py runs it with ISCC when Inno Setup 6 is installed:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\lockcare /DIconFile=build\generated\lockcare.ico
;        /DOutputDir=dist packaging\windows\lockcare.iss
; The user's data (%LOCALAPPDATA%\lockcare) is never touched by install or uninstall.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (build.py does)
#endif

[Setup]
AppId={{6F3B1E52-6C2D-4C55-9D51-3B1F2C7A9E10}
AppName=lockcare
AppVersion={#AppVersion}
AppVerName=lockcare {#AppVersion}
AppPublisher=lockcare developers
AppComments=Battery forecasts, troubleshooting and a maintenance log for Tuya smart locks
; Per user: installs under %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\lockcare
DefaultGroupName=lockcare
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=lockcare-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\lockcare-gui.exe
UninstallDisplayName=lockcare
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\lockcare"; Filename: "{app}\lockcare-gui.exe"; Comment: "Smart lock maintenance"
Name: "{autodesktop}\lockcare"; Filename: "{app}\lockcare-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\lockcare-gui.exe"; Description: "Start lockcare"; Flags: nowait postinstall skipifsilent
