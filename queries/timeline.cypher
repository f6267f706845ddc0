// Dated facts in order, for one entity or for everything touching one country.
// $id (id): an entity's id; null for any
// $country (text): a country's name: facts of the country, its officials and organizations; null for any
// $since (date): facts on or after this date; null for no bound
// $until (date): facts on or before this date; null for no bound
// columns: date, subject, relation, object, document, evidence
MATCH (a)-[r]->(b)
WHERE r.date IS NOT NULL AND type(r) <> 'MENTIONS'
  AND ($id IS NULL OR a.id = $id OR b.id = $id)
  AND ($country IS NULL OR a.name = $country OR b.name = $country
       OR a.country = $country OR b.country = $country)
  AND ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
RETURN r.date AS date, a.name AS subject, type(r) AS relation, b.name AS object,
       r.source AS document, r.evidence AS evidence
ORDER BY date, subject, relation, object
