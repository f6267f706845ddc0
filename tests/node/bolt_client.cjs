// A Bolt client pactgraph did not write: Neo4j's JavaScript driver against `pactgraph serve`.
// Usage: node bolt_client.cjs STORE/server.json OFFICIAL_ID OTHER_ID
// Prints one JSON object with what each step saw.
"use strict";

const fs = require("fs");
const neo4j = require("neo4j-driver");

async function main() {
  const [serverFile, first, second] = process.argv.slice(2);
  const info = JSON.parse(fs.readFileSync(serverFile, "utf8"));
  const driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password));
  const seen = {};
  try {
    await driver.verifyConnectivity({ database: info.database });
    const session = driver.session({ database: info.database });
    try {
      const read = await session.run(
        "MATCH (o:Official {id: $id}) RETURN o.name AS name, o.country AS country",
        { id: first },
      );
      seen.read = read.records.map((r) => r.toObject());

      const path = await session.run(
        "MATCH (a:Official {id: $a}) MATCH (b:Official {id: $b}) " +
          "MATCH p = shortestPath((a)-[*..4]-(b)) " +
          "RETURN [n IN nodes(p) | n.id] AS ids, length(p) AS hops",
        { a: first, b: second },
      );
      seen.path = path.records.map((r) => ({ ids: r.get("ids"), hops: neo4j.integer.toNumber(r.get("hops")) }));

      const count = "MATCH (p:Probe {name: $name}) RETURN count(p) AS n";
      const tx = session.beginTransaction();
      await tx.run("CREATE (:Probe {name: $name})", { name: "javascript" });
      const inside = await tx.run(count, { name: "javascript" });
      seen.inside = neo4j.integer.toNumber(inside.records[0].get("n"));
      await tx.rollback();
      const after = await session.run(count, { name: "javascript" });
      seen.after = neo4j.integer.toNumber(after.records[0].get("n"));
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
  process.stdout.write(JSON.stringify(seen));
}

main().catch((error) => {
  process.stderr.write(`${error.message || error}\n`);
  process.exit(1);
});
