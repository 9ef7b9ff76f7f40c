// ajv-cli plugin for the benchmark: the standard formats plus the schema's `partial-date`, so that
// ajv-cli checks exactly what `compact validate` checks; and the editors' `markdownDescription`, which strict
// mode would otherwise refuse.
const addFormats = require('ajv-formats');

module.exports = function compactFormats(ajv) {
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'markdownDescription', schemaType: 'string' });
  ajv.addFormat('partial-date', /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/);
  return ajv;
};
