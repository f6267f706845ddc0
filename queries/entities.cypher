// Every named entity (not documents) with its label, aliases and country: what names resolve to.
// $label (label): only this label (e.g. Official); null for all
// columns: id, label, name, aliases, country
MATCH (n)
WHERE NOT n:Document AND ($label IS NULL OR $label IN labels(n))
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.aliases AS aliases,
       n.country AS country
ORDER BY id
