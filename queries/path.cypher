// The shortest connection between two entities through facts (documents are not shortcuts).
// $a (id): id of the first entity
// $b (id): id of the second entity
// $max_hops (1-8): longest path to accept (1 to 8); null for 4
// :A_LABEL and :B_LABEL are filled with the two entities' labels, so their id indexes are used.
// The two ends are found by two MATCH clauses rather than one pattern list: each finds one node
// by its unique id, and Neo4j warns of a cartesian product for a list of unconnected patterns.
// columns: names, ids, types, evidence, dates, starts
MATCH (a:A_LABEL {id: $a})
MATCH (b:B_LABEL {id: $b})
MATCH p = shortestPath((a)-[:REPRESENTS|MEMBER_OF|PART_OF|MET|CO_CHAIRED|ATTENDED|HOSTED|SIGNED|PARTY_TO|PARTICIPATED_IN|COOPERATES_WITH|LOCATED_IN*..8]-(b))
WHERE length(p) <= coalesce($max_hops, 4)
RETURN [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.id] AS ids,
       [r IN relationships(p) | type(r)] AS types,
       [r IN relationships(p) | r.evidence] AS evidence,
       [r IN relationships(p) | r.date] AS dates,
       [r IN relationships(p) | startNode(r).id] AS starts
