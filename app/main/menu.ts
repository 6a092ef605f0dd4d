import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../renderer/src/platform/contract';

export function menuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (label: string, accelerator: string, cmd: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(cmd),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Tandai',
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import…', 'CmdOrCtrl+O', 'import'),
      command('Export dataset…', 'CmdOrCtrl+E', 'export'),
      { type: 'separator' },
      // On macOS Quit lives in the app menu; File ends with Close Window there.
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  // Undo and redo are the renderer's own history, not the focused text field's, hence commands not roles.
  // Cut/paste/select-all stay roles so text fields (the find box) keep their shortcuts on macOS.
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'CmdOrCtrl+Z', 'undo'),
      command('Redo', 'CmdOrCtrl+Shift+Z', 'redo'),
      { type: 'separator' },
      command('Find…', 'CmdOrCtrl+F', 'find'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy', label: 'Copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [command('Guideline and shortcuts', 'F1', 'help')],
  };

  return isMac ? [appMenu, file, edit, { role: 'windowMenu' }, help] : [file, edit, help];
}
