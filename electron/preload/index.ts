import { contextBridge, ipcRenderer } from 'electron';
import { createHostBridge } from './bridge';

// contextBridge copies the object into the page's world; only its functions and `kind` cross.
contextBridge.exposeInMainWorld('xiaoer', createHostBridge(ipcRenderer));
