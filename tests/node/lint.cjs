// Neo4j's own Cypher linter (@neo4j-cypher/language-support) over statements read as JSON
// on stdin: {labels, relationshipTypes, versions, statements: [{id, text, parameters}]}.
// Prints one JSON list of diagnostics: {id, version, severity, message, offset}; severity 1
// is an error and 2 a warning.
"use strict";

const { lintCypherQuery, testData } = require("@neo4j-cypher/language-support");

function main(input) {
  const request = JSON.parse(input);
  // The package ships Neo4j's catalogue of functions and procedures for each Cypher version;
  // with it the linter also reports unknown and deprecated functions.
  const catalogue = testData.mockSchema;
  const found = [];
  for (const version of request.versions) {
    for (const statement of request.statements) {
      const parameters = {};
      for (const name of statement.parameters) parameters[name] = null;
      const schema = {
        labels: request.labels,
        relationshipTypes: request.relationshipTypes,
        functions: catalogue.functions,
        procedures: catalogue.procedures,
        parameters,
        defaultLanguage: version,
      };
      const { diagnostics } = lintCypherQuery(statement.text, schema);
      for (const d of diagnostics) {
        found.push({
          id: statement.id,
          version,
          severity: d.severity,
          message: d.message,
          offset: d.offsets ? d.offsets.start : null,
        });
      }
    }
  }
  process.stdout.write(JSON.stringify(found));
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => main(input));
