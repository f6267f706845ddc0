// One entity's own properties.
// $id (id): the entity's id
// columns: properties, label
MATCH (n {id: $id})
RETURN properties(n) AS properties, labels(n)[0] AS label
