; Inno Setup script for minime-admin (Inno Setup 6). Builds a per-user installer from the
; one-folder bundle that `python packaging/build.py` writes to packaging\dist\minime-admin.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\minime-admin.iss
;
; AppVersion is pyproject.toml's version: the CI workflow passes
; `python -c "from minime_admin.version import app_version; print(app_version())"`.
; Nothing here needs administrator rights, and uninstalling never touches the office
; database, its backups or the settings (they live in %LOCALAPPDATA%\minime-admin, written by
; the app, not by this installer).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z minime-admin.iss
#endif
#define AppName "minime-admin"
#define Bundle "..\dist\minime-admin"

[Setup]
; A fixed id: installing a newer version replaces the older one in place.
AppId={{6B0F7C52-4C1E-4D55-9E0B-6B8F1C0A2D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SIA Mini Me
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: office staff install it themselves.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\minime-admin.ico
UninstallDisplayIcon={app}\minime-admin.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships no Latvian catalogue; the texts below are given in both languages.

[CustomMessages]
en.KeptData=Your office database, its backups and your settings were not removed. They are in %1. Delete that folder yourself only if nobody needs the data any more.

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\minime-admin.exe"; IconFilename: "{app}\minime-admin.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\minime-admin.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\minime-admin.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer itself put there; the data folder is never listed here.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Say what stays, after the program files are gone (not in silent uninstalls). }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeptData'), [ExpandConstant('{localappdata}\minime-admin')]),
      mbInformation, MB_OK);
end;
