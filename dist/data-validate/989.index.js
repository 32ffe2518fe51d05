exports.id = 989;
exports.ids = [989];
exports.modules = {

/***/ 9989:
/***/ ((module) => {

module.exports = eval("require")("canvas");


/***/ })

};
;