// Officials with their latest title and country, by name.
// $country (text): limit to one country's officials (name); null for all
// columns: name, title, country, aliases
MATCH (o:Official)
WHERE $country IS NULL OR o.country = $country
RETURN o.name AS name, o.title AS title, o.country AS country, o.aliases AS aliases
ORDER BY name
