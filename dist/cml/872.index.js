exports.id = 872;
exports.ids = [872];
exports.modules = {

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const MemoryStorage = __webpack_require__(3880);

module.exports = MemoryStorage;


/***/ })

};
;