/**
 * Process entry of the language server bundle (`dist/server.js`). The transport comes from the command line
 * (`--node-ipc` when VS Code starts it, `--stdio` in the protocol tests); everything else is in `server.ts`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { nodeRuntime } from './nodeRuntime';

startServer(createConnection(ProposedFeatures.all), nodeRuntime);
