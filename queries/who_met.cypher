// Every counterpart of one official: shared meetings (co-chaired or attended) and direct MET
// facts not already covered by a shared meeting, one row per encounter, oldest first.
// Colleagues of one country who sat in a meeting together are not each other's counterparts,
// and a meeting still to come (attendance with status planned) is no encounter yet.
// $id (Official id): the official's id, e.g. official:lloyd-austin
// $country (text): only counterparts from this country (name); null for all
// $since (date): only encounters on or after this date (YYYY-MM-DD); null for no bound
// $until (date): only encounters on or before this date; null for no bound
// columns: counterpart, counterpart_id, country, date, meeting, kind, place, document, evidence
CALL () {
  MATCH (a:Official {id: $id})-[r1:ATTENDED|CO_CHAIRED]->(m:Meeting)<-[r2:ATTENDED|CO_CHAIRED]-(b:Official)
  WHERE a <> b AND (r1.date IS NULL OR r2.date IS NULL OR r1.date = r2.date)
    AND (a.country IS NULL OR b.country IS NULL OR a.country <> b.country)
    AND coalesce(r1.status, '') <> 'planned' AND coalesce(r2.status, '') <> 'planned'
  OPTIONAL MATCH (m)-[:LOCATED_IN]->(l)
  // The most certain sentence about the encounter is the one shown.
  WITH b, m, r1, l ORDER BY r1.confidence DESC, r1.evidence
  WITH b, m, coalesce(r1.date, m.date) AS date, collect(DISTINCT l.name) AS places,
       collect(DISTINCT r1.source) AS documents, collect(DISTINCT r1.evidence) AS evidence
  RETURN b.name AS counterpart, b.id AS counterpart_id, b.country AS country, date,
         m.name AS meeting, m.kind AS kind, places[0] AS place, documents[0] AS document,
         evidence[0] AS evidence
  UNION
  // Encounters already listed through a shared meeting, read once rather than per MET fact.
  MATCH (a:Official {id: $id})
  OPTIONAL MATCH (a)-[x:ATTENDED|CO_CHAIRED]->(:Meeting)<-[y:ATTENDED|CO_CHAIRED]-(c:Official)
  WHERE coalesce(x.status, '') <> 'planned' AND coalesce(y.status, '') <> 'planned'
  WITH a, collect(DISTINCT coalesce(x.evidence, '') + '|' + c.id) AS covered
  MATCH (a)-[r:MET]-(b:Official)
  WHERE NOT (coalesce(r.evidence, '') + '|' + b.id) IN covered
  RETURN b.name AS counterpart, b.id AS counterpart_id, b.country AS country, r.date AS date,
         null AS meeting, 'met' AS kind, null AS place, r.source AS document,
         r.evidence AS evidence
}
WITH * WHERE ($country IS NULL OR country = $country)
  AND ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
RETURN counterpart, counterpart_id, country, date, meeting, kind, place, document, evidence
ORDER BY date, counterpart, meeting
