// @ts-check
/**
 * The parts of obscenity the engine uses, required file by file. obscenity's entry point is an
 * ES module wrapper around one CommonJS index that loads everything (its English preset,
 * matchers and censors), so webpack cannot leave the rest out; the on-send build aliases
 * `obscenity` to this file instead. Same code, same exports, about 20 KB less.
 */
module.exports = {
  ...require("../node_modules/obscenity/dist/dataset/DataSet.js"),
  ...require("../node_modules/obscenity/dist/pattern/Nodes.js"),
  ...require("../node_modules/obscenity/dist/pattern/Pattern.js"),
  ...require("../node_modules/obscenity/dist/transformer/resolve-confusables/index.js"),
};
