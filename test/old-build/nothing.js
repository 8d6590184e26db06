// Stands in for a module the old bundle already contains.
