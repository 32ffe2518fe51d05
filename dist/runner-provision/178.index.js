exports.id = 178;
exports.ids = [178];
exports.modules = {

/***/ 28178:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const MemoryStorage = __webpack_require__(81534);

module.exports = MemoryStorage;


/***/ })

};
;