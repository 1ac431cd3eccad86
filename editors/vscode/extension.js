// The cadre extension: starts `cadre lsp` for .cadre files and hands it to
// VS Code's language client. Highlighting comes from the TextMate grammar in
// syntaxes/; everything else (diagnostics, hover, completion, definition,
// formatting) from the server, which runs the same front end as `cadre lint`.
"use strict";
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
    const command = vscode.workspace.getConfiguration("cadre").get("path") || "cadre";
    const server = { command, args: ["lsp"], transport: TransportKind.stdio };
    client = new LanguageClient("cadre", "cadre", { run: server, debug: server }, {
        documentSelector: [{ scheme: "file", language: "cadre" }],
    });
    context.subscriptions.push({ dispose: () => client && client.stop() });
    return client.start();
}

function deactivate() {
    return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
