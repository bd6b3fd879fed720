import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start-server';

// The transport (--node-ipc from VS Code, --stdio for other editors and the protocol tests)
// is picked from the command line by createConnection.
startServer(createConnection(ProposedFeatures.all));
