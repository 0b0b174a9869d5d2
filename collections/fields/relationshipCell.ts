/**
 * `admin.components` of a relationship field shown in lists and join tables: a cell that names the related
 * documents in every row, not only in rows that have been scrolled into view (collections/admin/RelationshipTitlesCell.tsx).
 */
export const relationshipCell = { Cell: '/collections/admin/RelationshipTitlesCell.js#RelationshipTitlesCell' }
