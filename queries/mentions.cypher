// Documents that mention an entity, newest first.
// $id (id): the entity's id, e.g. official:lloyd-austin
// columns: document, title, date, path
MATCH (d:Document)-[:MENTIONS]->(n {id: $id})
RETURN d.id AS document, d.title AS title, d.date AS date, d.path AS path
ORDER BY date DESC
