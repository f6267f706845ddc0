// The countries a country is linked with, ranked: shared agreements, exercises, meetings
// (attended by the countries or their officials) and cooperation statements.
// $country (text): the country's name, e.g. Japan
// $since (date): only facts on or after this date; null for no bound
// $until (date): only facts on or before this date; null for no bound
// columns: partner, total, agreements, exercises, meetings, cooperation
CALL () {
  MATCH (c:Country {name: $country})-[r:PARTY_TO]->(x:Agreement)<-[:PARTY_TO]-(p:Country)
  WHERE p <> c
  RETURN p.name AS partner, 'agreements' AS kind, x.id AS thing, r.date AS date
  UNION
  MATCH (c:Country {name: $country})-[r:PARTICIPATED_IN]->(x:Exercise)<-[:PARTICIPATED_IN]-(p:Country)
  WHERE p <> c
  RETURN p.name AS partner, 'exercises' AS kind, x.id AS thing, r.date AS date
  UNION
  MATCH (c:Country {name: $country})<-[:REPRESENTS*0..1]-(o)-[r:ATTENDED|CO_CHAIRED]->(x:Meeting)<-[:ATTENDED|CO_CHAIRED]-(q)-[:REPRESENTS*0..1]->(p:Country)
  WHERE p <> c
  RETURN p.name AS partner, 'meetings' AS kind, x.id AS thing, r.date AS date
  UNION
  MATCH (c:Country {name: $country})-[r:COOPERATES_WITH]-(p:Country)
  RETURN p.name AS partner, 'cooperation' AS kind, r.evidence AS thing, r.date AS date
}
WITH partner, kind, thing, date
WHERE ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
WITH partner, kind, count(DISTINCT thing) AS n
WITH partner, collect([kind, n]) AS counts
WITH partner,
     reduce(s = 0, x IN [k IN counts WHERE k[0] = 'agreements' | k[1]] | s + x) AS agreements,
     reduce(s = 0, x IN [k IN counts WHERE k[0] = 'exercises' | k[1]] | s + x) AS exercises,
     reduce(s = 0, x IN [k IN counts WHERE k[0] = 'meetings' | k[1]] | s + x) AS meetings,
     reduce(s = 0, x IN [k IN counts WHERE k[0] = 'cooperation' | k[1]] | s + x) AS cooperation
RETURN partner, agreements + exercises + meetings + cooperation AS total, agreements, exercises,
       meetings, cooperation
ORDER BY total DESC, partner
