// Pairs of officials who met: explicit MET edges, most frequent first.
// $name: limit to one official (name or id); null for every pair
// $limit: how many pairs at most (default 50)
MATCH (a:Official)-[r:MET]-(b:Official)
WHERE a.id < b.id
  AND ($name IS NULL OR a.id = $name OR b.id = $name OR a.name = $name OR b.name = $name)
WITH a, b, collect(r) AS meetings
RETURN a.name AS official, b.name AS counterpart, size(meetings) AS times,
       [m IN meetings | m.date] AS dates
ORDER BY times DESC, official, counterpart
LIMIT coalesce($limit, 50)
