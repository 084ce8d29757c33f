/**
 * Process entry of the language server bundle (`dist/server.js`). The transport comes from the command line
 * (`--node-ipc` when VS Code starts it, `--stdio` in the protocol tests); everything else is in `server.ts`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { nodeRuntime } from './nodeRuntime';
import { describeError } from './runSafe';
import { limitCompiling } from '../node/compilerBudget';

// A promise rejected with nobody listening would end the process (Node's default): log it and keep serving.
// console.error reaches the client's log either way: over --stdio the connection redirects the console to it,
// over --node-ipc the client shows the server's stderr in the output channel.
process.on('unhandledRejection', (reason) => console.error(`Unhandled rejection: ${describeError(reason)}`));

limitCompiling();
startServer(createConnection(ProposedFeatures.all), nodeRuntime);
