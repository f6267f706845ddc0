// Every fact about one entity, with the entity on the other side, for its profile.
// $id (id): the entity's id
// columns: relation, outgoing, other_id, other, other_label, date, title, document, evidence
MATCH (n {id: $id})-[r]-(m)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS relation, startNode(r).id = $id AS outgoing, m.id AS other_id,
       m.name AS other, labels(m)[0] AS other_label, r.date AS date, r.title AS title,
       r.source AS document, r.evidence AS evidence
ORDER BY relation, date, other
