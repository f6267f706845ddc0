// All pairs of officials who met, most frequent first: explicit MET facts and shared meetings,
// each encounter counted once. Colleagues of one country at a meeting are not a pair, and a
// meeting still to come (attendance with status planned) is no encounter yet.
// $country (text): only pairs with an official of this country (name); null for all
// $since (date): only encounters on or after this date; null for no bound
// $until (date): only encounters on or before this date; null for no bound
// $limit (count): how many pairs at most; null for 100
// columns: official, counterpart, encounters, dates
CALL () {
  MATCH (a:Official)-[r1:ATTENDED|CO_CHAIRED]->(m:Meeting)<-[r2:ATTENDED|CO_CHAIRED]-(b:Official)
  WHERE a.id < b.id AND (r1.date IS NULL OR r2.date IS NULL OR r1.date = r2.date)
    AND (a.country IS NULL OR b.country IS NULL OR a.country <> b.country)
    AND coalesce(r1.status, '') <> 'planned' AND coalesce(r2.status, '') <> 'planned'
  RETURN DISTINCT a, b, m.id AS encounter, coalesce(r1.date, m.date) AS date
  UNION
  MATCH (a:Official)-[r:MET]-(b:Official)
  WHERE a.id < b.id AND NOT EXISTS {
    MATCH (a)-[x:ATTENDED|CO_CHAIRED]->(:Meeting)<-[y:ATTENDED|CO_CHAIRED]-(b)
    WHERE x.evidence = r.evidence
      AND coalesce(x.status, '') <> 'planned' AND coalesce(y.status, '') <> 'planned'
  }
  RETURN DISTINCT a, b, r.evidence AS encounter, r.date AS date
}
WITH a, b, encounter, date
WHERE ($country IS NULL OR a.country = $country OR b.country = $country)
  AND ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
WITH a, b, count(DISTINCT encounter) AS encounters, collect(DISTINCT date) AS dates
RETURN a.name AS official, b.name AS counterpart, encounters, dates
ORDER BY encounters DESC, official, counterpart
LIMIT coalesce($limit, 100)
