import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { configureFastPath } from '../core/yaml/parse-yaml';
import { startServer } from './start-server';

configureFastPath(process.env);

// The transport (--node-ipc from VS Code, --stdio for other editors and the protocol tests)
// is picked from the command line by createConnection.
startServer(createConnection(ProposedFeatures.all));
