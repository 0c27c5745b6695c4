// deno-fmt-ignore-file
// deno-lint-ignore-file
// lockbox 0.3.2: the lockbox CLI (pin, vendor, verify, diff) for Node.js >= 20 (lockbox.mjs)
// source commit: 18d1000709e6aa01dbf3f348c6fbf8dd5393feb5
// built by scripts/build.ts with esbuild 0.28.2 from scripts/lockbox.ts; do not edit, rebuild
// third-party licenses: ./THIRD_PARTY_NOTICES.txt
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/diff/libesm/diff/base.js
var Diff;
var init_base = __esm({
  "node_modules/diff/libesm/diff/base.js"() {
    Diff = class {
      diff(oldStr, newStr, options = {}) {
        let callback;
        if (typeof options === "function") {
          callback = options;
          options = {};
        } else if ("callback" in options) {
          callback = options.callback;
        }
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
      }
      diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
          if (array[i]) {
            ret.push(array[i]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i) {
                const oldValue = oldTokens[oldPos + i];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
  }
});

// node_modules/diff/libesm/diff/character.js
function diffChars(oldStr, newStr, options) {
  return characterDiff.diff(oldStr, newStr, options);
}
var CharacterDiff, characterDiff;
var init_character = __esm({
  "node_modules/diff/libesm/diff/character.js"() {
    init_base();
    CharacterDiff = class extends Diff {
    };
    characterDiff = new CharacterDiff();
  }
});

// node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
  let i;
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[i] != str2[i]) {
      return str1.slice(0, i);
    }
  }
  return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
  let i;
  if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
    return "";
  }
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
      return str1.slice(-i);
    }
  }
  return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix) {
    throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
  }
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix) {
    return string + newSuffix;
  }
  if (string.slice(-oldSuffix.length) != oldSuffix) {
    throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
  }
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
  let startA = 0;
  if (a.length > b.length) {
    startA = a.length - b.length;
  }
  let endB = b.length;
  if (a.length < b.length) {
    endB = a.length;
  }
  const map = Array(endB);
  let k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    if (b[j] == b[k]) {
      map[j] = map[k];
    } else {
      map[j] = k;
    }
    while (k > 0 && b[j] != b[k]) {
      k = map[k];
    }
    if (b[j] == b[k]) {
      k++;
    }
  }
  k = 0;
  for (let i = startA; i < a.length; i++) {
    while (k > 0 && a[i] != b[k]) {
      k = map[k];
    }
    if (a[i] == b[k]) {
      k++;
    }
  }
  return k;
}
function hasOnlyWinLineEndings(string) {
  return string.includes("\r\n") && !string.startsWith("\n") && !string.match(/[^\r]\n/);
}
function hasOnlyUnixLineEndings(string) {
  return !string.includes("\r\n") && string.includes("\n");
}
function segment(string, segmenter) {
  const parts = [];
  for (const segmentObj of Array.from(segmenter.segment(string))) {
    const segment2 = segmentObj.segment;
    if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2)) {
      parts[parts.length - 1] += segment2;
    } else {
      parts.push(segment2);
    }
  }
  return parts;
}
function trailingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[1];
  }
  let i;
  for (i = string.length - 1; i >= 0; i--) {
    if (!string[i].match(/\s/)) {
      break;
    }
  }
  return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[0];
  }
  const match = string.match(/^\s*/);
  return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
  if (!segmenter) {
    return [leadingWs(string), trailingWs(string)];
  }
  if (segmenter.resolvedOptions().granularity != "word") {
    throw new Error('The segmenter passed must have a granularity of "word"');
  }
  const segments = segment(string, segmenter);
  const firstSeg = segments[0];
  const lastSeg = segments[segments.length - 1];
  const head = /\s/.test(firstSeg) ? firstSeg : "";
  const tail = /\s/.test(lastSeg) ? lastSeg : "";
  return [head, tail];
}
var init_string = __esm({
  "node_modules/diff/libesm/util/string.js"() {
  }
});

// node_modules/diff/libesm/diff/word.js
function diffWords(oldStr, newStr, options) {
  if ((options === null || options === void 0 ? void 0 : options.ignoreWhitespace) != null && !options.ignoreWhitespace) {
    return diffWordsWithSpace(oldStr, newStr, options);
  }
  return wordDiff.diff(oldStr, newStr, options);
}
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
  if (deletion && insertion) {
    const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
    const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
    if (startKeep) {
      const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      const ws = leadingWs(insertion.value, segmenter);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      const ws = leadingWs(endKeep.value, segmenter);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
    const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
    const deletionWsSuffix = trailingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (startKeep) {
    const startKeepWsSuffix = trailingWs(startKeep.value, segmenter);
    const deletionWsPrefix = leadingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap);
  }
}
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}
var extendedWordChars, tokenizeIncludingWhitespace, WordDiff, wordDiff, WordsWithSpaceDiff, wordsWithSpaceDiff;
var init_word = __esm({
  "node_modules/diff/libesm/diff/word.js"() {
    init_base();
    init_string();
    extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
    tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
    WordDiff = class extends Diff {
      equals(left, right, options) {
        if (options.ignoreCase) {
          left = left.toLowerCase();
          right = right.toLowerCase();
        }
        return left.trim() === right.trim();
      }
      tokenize(value, options = {}) {
        let parts;
        if (options.intlSegmenter) {
          const segmenter = options.intlSegmenter;
          if (segmenter.resolvedOptions().granularity != "word") {
            throw new Error('The segmenter passed must have a granularity of "word"');
          }
          parts = segment(value, segmenter);
        } else {
          parts = value.match(tokenizeIncludingWhitespace) || [];
        }
        const tokens = [];
        let prevPart = null;
        parts.forEach((part) => {
          if (/\s/.test(part)) {
            if (prevPart == null) {
              tokens.push(part);
            } else {
              tokens.push(tokens.pop() + part);
            }
          } else if (prevPart != null && /\s/.test(prevPart)) {
            if (tokens[tokens.length - 1] == prevPart) {
              tokens.push(tokens.pop() + part);
            } else {
              tokens.push(prevPart + part);
            }
          } else {
            tokens.push(part);
          }
          prevPart = part;
        });
        return tokens;
      }
      join(tokens) {
        return tokens.map((token, i) => {
          if (i == 0) {
            return token;
          } else {
            return token.replace(/^\s+/, "");
          }
        }).join("");
      }
      postProcess(changes, options) {
        if (!changes || options.oneChangePerToken) {
          return changes;
        }
        let lastKeep = null;
        let insertion = null;
        let deletion = null;
        changes.forEach((change) => {
          if (change.added) {
            insertion = change;
          } else if (change.removed) {
            deletion = change;
          } else {
            if (insertion || deletion) {
              dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
            }
            lastKeep = change;
            insertion = null;
            deletion = null;
          }
        });
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
        }
        return changes;
      }
    };
    wordDiff = new WordDiff();
    WordsWithSpaceDiff = class extends Diff {
      tokenize(value) {
        const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
        return value.match(regex) || [];
      }
    };
    wordsWithSpaceDiff = new WordsWithSpaceDiff();
  }
});

// node_modules/diff/libesm/util/params.js
function generateOptions(options, defaults) {
  if (typeof options === "function") {
    defaults.callback = options;
  } else if (options) {
    for (const name in options) {
      if (Object.prototype.hasOwnProperty.call(options, name)) {
        defaults[name] = options[name];
      }
    }
  }
  return defaults;
}
var init_params = __esm({
  "node_modules/diff/libesm/util/params.js"() {
  }
});

// node_modules/diff/libesm/diff/line.js
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
  options = generateOptions(options, { ignoreWhitespace: true });
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}
var LineDiff, lineDiff;
var init_line = __esm({
  "node_modules/diff/libesm/diff/line.js"() {
    init_base();
    init_params();
    LineDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options);
      }
    };
    lineDiff = new LineDiff();
  }
});

// node_modules/diff/libesm/diff/sentence.js
function isSentenceEndPunct(char) {
  return char == "." || char == "!" || char == "?";
}
function diffSentences(oldStr, newStr, options) {
  return sentenceDiff.diff(oldStr, newStr, options);
}
var SentenceDiff, sentenceDiff;
var init_sentence = __esm({
  "node_modules/diff/libesm/diff/sentence.js"() {
    init_base();
    SentenceDiff = class extends Diff {
      tokenize(value) {
        var _a;
        const result = [];
        let tokenStartI = 0;
        for (let i = 0; i < value.length; i++) {
          if (i == value.length - 1) {
            result.push(value.slice(tokenStartI));
            break;
          }
          if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
            result.push(value.slice(tokenStartI, i + 1));
            i = tokenStartI = i + 1;
            while ((_a = value[i + 1]) === null || _a === void 0 ? void 0 : _a.match(/\s/)) {
              i++;
            }
            result.push(value.slice(tokenStartI, i + 1));
            tokenStartI = i + 1;
          }
        }
        return result;
      }
    };
    sentenceDiff = new SentenceDiff();
  }
});

// node_modules/diff/libesm/diff/css.js
function diffCss(oldStr, newStr, options) {
  return cssDiff.diff(oldStr, newStr, options);
}
var CssDiff, cssDiff;
var init_css = __esm({
  "node_modules/diff/libesm/diff/css.js"() {
    init_base();
    CssDiff = class extends Diff {
      tokenize(value) {
        return value.split(/([{}:;,]|\s+)/);
      }
    };
    cssDiff = new CssDiff();
  }
});

// node_modules/diff/libesm/diff/json.js
function diffJson(oldStr, newStr, options) {
  return jsonDiff.diff(oldStr, newStr, options);
}
function canonicalize(obj, stack, replacementStack, replacer, key) {
  stack = stack || [];
  replacementStack = replacementStack || [];
  if (replacer) {
    obj = replacer(key === void 0 ? "" : key, obj);
  }
  let i;
  for (i = 0; i < stack.length; i += 1) {
    if (stack[i] === obj) {
      return replacementStack[i];
    }
  }
  let canonicalizedObj;
  if ("[object Array]" === Object.prototype.toString.call(obj)) {
    stack.push(obj);
    canonicalizedObj = new Array(obj.length);
    replacementStack.push(canonicalizedObj);
    for (i = 0; i < obj.length; i += 1) {
      canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
    }
    stack.pop();
    replacementStack.pop();
    return canonicalizedObj;
  }
  if (obj && obj.toJSON) {
    obj = obj.toJSON();
  }
  if (typeof obj === "object" && obj !== null) {
    stack.push(obj);
    canonicalizedObj = {};
    replacementStack.push(canonicalizedObj);
    const sortedKeys = [];
    let key2;
    for (key2 in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key2)) {
        sortedKeys.push(key2);
      }
    }
    sortedKeys.sort();
    for (i = 0; i < sortedKeys.length; i += 1) {
      key2 = sortedKeys[i];
      canonicalizedObj[key2] = canonicalize(obj[key2], stack, replacementStack, replacer, key2);
    }
    stack.pop();
    replacementStack.pop();
  } else {
    canonicalizedObj = obj;
  }
  return canonicalizedObj;
}
var JsonDiff, jsonDiff;
var init_json = __esm({
  "node_modules/diff/libesm/diff/json.js"() {
    init_base();
    init_line();
    JsonDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      get useLongestToken() {
        return true;
      }
      castInput(value, options) {
        const { undefinedReplacement, stringifyReplacer = (k, v) => typeof v === "undefined" ? undefinedReplacement : v } = options;
        return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
      }
      equals(left, right, options) {
        return super.equals(left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
      }
    };
    jsonDiff = new JsonDiff();
  }
});

// node_modules/diff/libesm/diff/array.js
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}
var ArrayDiff, arrayDiff;
var init_array = __esm({
  "node_modules/diff/libesm/diff/array.js"() {
    init_base();
    ArrayDiff = class extends Diff {
      tokenize(value) {
        return value.slice();
      }
      join(value) {
        return value;
      }
      removeEmpty(value) {
        return value;
      }
    };
    arrayDiff = new ArrayDiff();
  }
});

// node_modules/diff/libesm/patch/line-endings.js
function unixToWin(patch) {
  if (Array.isArray(patch)) {
    return patch.map((p) => unixToWin(p));
  }
  return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\")) ? line : line + "\r";
  }) })) });
}
function winToUnix(patch) {
  if (Array.isArray(patch)) {
    return patch.map((p) => winToUnix(p));
  }
  return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line) => line.endsWith("\r") ? line.substring(0, line.length - 1) : line) })) });
}
function isUnix(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return !patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => !line.startsWith("\\") && line.endsWith("\r"))));
}
function isWin(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => line.endsWith("\r")))) && patch.every((index) => index.hunks.every((hunk) => hunk.lines.every((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
  })));
}
var init_line_endings = __esm({
  "node_modules/diff/libesm/patch/line-endings.js"() {
  }
});

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i = 0;
  function isGitDiffHeader(line) {
    return /^diff --git /.test(line);
  }
  function isDiffHeader(line) {
    return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
  }
  function isFileHeader(line) {
    return /^(---|\+\+\+)\s/.test(line);
  }
  function isHunkHeader(line) {
    return /^@@\s/.test(line);
  }
  function parseIndex() {
    var _a;
    const index = {};
    index.hunks = [];
    list.push(index);
    let seenDiffHeader = false;
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isFileHeader(line) || isHunkHeader(line)) {
        break;
      }
      if (isGitDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        index.isGit = true;
        const paths = parseGitDiffHeader(line);
        if (paths) {
          index.oldFileName = paths.oldFileName;
          index.newFileName = paths.newFileName;
        }
        i++;
        while (i < diffstr.length) {
          const extLine = diffstr[i];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine)) {
            break;
          }
          const renameFromMatch = /^rename from (.*)/.exec(extLine);
          if (renameFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]);
            index.isRename = true;
          }
          const renameToMatch = /^rename to (.*)/.exec(extLine);
          if (renameToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]);
            index.isRename = true;
          }
          const copyFromMatch = /^copy from (.*)/.exec(extLine);
          if (copyFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]);
            index.isCopy = true;
          }
          const copyToMatch = /^copy to (.*)/.exec(extLine);
          if (copyToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]);
            index.isCopy = true;
          }
          const newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          if (newFileModeMatch) {
            index.isCreate = true;
            index.newMode = newFileModeMatch[1];
          }
          const deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          if (deletedFileModeMatch) {
            index.isDelete = true;
            index.oldMode = deletedFileModeMatch[1];
          }
          const oldModeMatch = /^old mode (\d+)/.exec(extLine);
          if (oldModeMatch) {
            index.oldMode = oldModeMatch[1];
          }
          const newModeMatch = /^new mode (\d+)/.exec(extLine);
          if (newModeMatch) {
            index.newMode = newModeMatch[1];
          }
          if (/^Binary files /.test(extLine)) {
            index.isBinary = true;
          }
          i++;
        }
        continue;
      } else if (isDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
        if (headerMatch) {
          index.index = line.substring(headerMatch[0].length).trim();
        }
      }
      i++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    if (index.oldFileName === void 0 !== (index.newFileName === void 0)) {
      throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index.oldFileName) !== null && _a !== void 0 ? _a : index.newFileName));
    }
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line)) {
        break;
      } else if (isHunkHeader(line)) {
        index.hunks.push(parseHunk());
      } else {
        i++;
      }
    }
  }
  function parseGitDiffHeader(line) {
    const rest = line.substring("diff --git ".length);
    if (rest.startsWith('"')) {
      const oldPath = parseQuotedFileName(rest);
      if (oldPath === null) {
        return null;
      }
      const afterOld = rest.substring(oldPath.rawLength + 1);
      let newFileName;
      if (afterOld.startsWith('"')) {
        const newPath = parseQuotedFileName(afterOld);
        if (newPath === null) {
          return null;
        }
        newFileName = newPath.fileName;
      } else {
        newFileName = afterOld;
      }
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    const quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      const oldFileName = rest.substring(0, quoteIdx - 1);
      const newPath = parseQuotedFileName(rest.substring(quoteIdx));
      if (newPath === null) {
        return null;
      }
      return {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      const splits = [];
      let idx = 0;
      while (true) {
        idx = rest.indexOf(" b/", idx + 1);
        if (idx === -1) {
          break;
        }
        splits.push(idx);
      }
      if (splits.length > 0) {
        const mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      const parsed = parseQuotedFileName(s);
      if (parsed) {
        return parsed.fileName;
      }
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"')) {
      return null;
    }
    let result = "";
    let j = 1;
    while (j < s.length) {
      if (s[j] === '"') {
        return { fileName: result, rawLength: j + 1 };
      }
      if (s[j] === "\\" && j + 1 < s.length) {
        j++;
        switch (s[j]) {
          case "a":
            result += "\x07";
            break;
          case "b":
            result += "\b";
            break;
          case "f":
            result += "\f";
            break;
          case "n":
            result += "\n";
            break;
          case "r":
            result += "\r";
            break;
          case "t":
            result += "	";
            break;
          case "v":
            result += "\v";
            break;
          case "\\":
            result += "\\";
            break;
          case '"':
            result += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7") {
              return null;
            }
            const bytes = [parseInt(s.substring(j, j + 3), 8)];
            j += 3;
            while (s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7") {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7") {
                return null;
              }
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8));
              j += 4;
            }
            result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      } else {
        result += s[j];
      }
      j++;
    }
    return null;
  }
  function parseFileHeader(index) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0];
      if (fileName.startsWith('"')) {
        fileName = unquoteIfQuoted(fileName);
      } else {
        fileName = fileName.replace(/\\\\/g, "\\");
      }
      if (prefix === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i++;
    }
  }
  function parseHunk() {
    var _a;
    const chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
      const operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (i < diffstr.length && diffstr[i] && /^[+ -]/.test(diffstr[i]) && !isFileHeader(diffstr[i])) {
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    }
    return hunk;
  }
  while (i < diffstr.length) {
    parseIndex();
  }
  return list;
}
var init_parse = __esm({
  "node_modules/diff/libesm/patch/parse.js"() {
  }
});

// node_modules/diff/libesm/util/distance-iterator.js
function distance_iterator_default(start, minLine, maxLine) {
  let wantForward = true, backwardExhausted = false, forwardExhausted = false, localOffset = 1;
  return function iterator() {
    if (wantForward && !forwardExhausted) {
      if (backwardExhausted) {
        localOffset++;
      } else {
        wantForward = false;
      }
      if (start + localOffset <= maxLine) {
        return start + localOffset;
      }
      forwardExhausted = true;
    }
    if (!backwardExhausted) {
      if (!forwardExhausted) {
        wantForward = true;
      }
      if (minLine <= start - localOffset) {
        return start - localOffset++;
      }
      backwardExhausted = true;
      return iterator();
    }
    return void 0;
  };
}
var init_distance_iterator = __esm({
  "node_modules/diff/libesm/util/distance-iterator.js"() {
  }
});

// node_modules/diff/libesm/patch/apply.js
function applyPatch(source, patch, options = {}) {
  let patches;
  if (typeof patch === "string") {
    patches = parsePatch(patch);
  } else if (Array.isArray(patch)) {
    patches = patch;
  } else {
    patches = [patch];
  }
  if (patches.length > 1) {
    throw new Error("applyPatch only works with a single input.");
  }
  return applyStructuredPatch(source, patches[0], options);
}
function applyStructuredPatch(source, patch, options = {}) {
  if (options.autoConvertLineEndings || options.autoConvertLineEndings == null) {
    if (hasOnlyWinLineEndings(source) && isUnix(patch)) {
      patch = unixToWin(patch);
    } else if (hasOnlyUnixLineEndings(source) && isWin(patch)) {
      patch = winToUnix(patch);
    }
  }
  const lines = source.split("\n"), hunks = patch.hunks, compareLine = options.compareLine || ((lineNumber, line, operation, patchContent) => line === patchContent), fuzzFactor = options.fuzzFactor || 0;
  let minLine = 0;
  if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor)) {
    throw new Error("fuzzFactor must be a non-negative integer");
  }
  if (!hunks.length) {
    return source;
  }
  let prevLine = "", removeEOFNL = false, addEOFNL = false;
  for (let i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
    const line = hunks[hunks.length - 1].lines[i];
    if (line[0] == "\\") {
      if (prevLine[0] == "+") {
        removeEOFNL = true;
      } else if (prevLine[0] == "-") {
        addEOFNL = true;
      }
    }
    prevLine = line;
  }
  if (removeEOFNL) {
    if (addEOFNL) {
      if (!fuzzFactor && lines[lines.length - 1] == "") {
        return false;
      }
    } else if (lines[lines.length - 1] == "") {
      lines.pop();
    } else if (!fuzzFactor) {
      return false;
    }
  } else if (addEOFNL) {
    if (lines[lines.length - 1] != "") {
      lines.push("");
    } else if (!fuzzFactor) {
      return false;
    }
  }
  function applyHunk(hunkLines, toPos, maxErrors, hunkLinesI = 0, lastContextLineMatched = true, patchedLines = [], patchedLinesLength = 0) {
    let nConsecutiveOldContextLines = 0;
    let nextContextLineMustMatch = false;
    for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
      const hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
      if (operation === "-") {
        if (compareLine(toPos + 1, lines[toPos], operation, content)) {
          toPos++;
          nConsecutiveOldContextLines = 0;
        } else {
          if (!maxErrors || lines[toPos] == null) {
            return null;
          }
          patchedLines[patchedLinesLength] = lines[toPos];
          return applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1);
        }
      }
      if (operation === "+") {
        if (!lastContextLineMatched) {
          return null;
        }
        patchedLines[patchedLinesLength] = content;
        patchedLinesLength++;
        nConsecutiveOldContextLines = 0;
        nextContextLineMustMatch = true;
      }
      if (operation === " ") {
        nConsecutiveOldContextLines++;
        patchedLines[patchedLinesLength] = lines[toPos];
        if (compareLine(toPos + 1, lines[toPos], operation, content)) {
          patchedLinesLength++;
          lastContextLineMatched = true;
          nextContextLineMustMatch = false;
          toPos++;
        } else {
          if (nextContextLineMustMatch || !maxErrors) {
            return null;
          }
          return lines[toPos] && (applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength);
        }
      }
    }
    patchedLinesLength -= nConsecutiveOldContextLines;
    toPos -= nConsecutiveOldContextLines;
    patchedLines.length = patchedLinesLength;
    return {
      patchedLines,
      oldLineLastI: toPos - 1
    };
  }
  const resultLines = [];
  let prevHunkOffset = 0;
  for (let i = 0; i < hunks.length; i++) {
    const hunk = hunks[i];
    let hunkResult;
    const maxLine = lines.length - hunk.oldLines + fuzzFactor;
    let toPos;
    for (let maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
      toPos = hunk.oldStart + prevHunkOffset - 1;
      const iterator = distance_iterator_default(toPos, minLine, maxLine);
      for (; toPos !== void 0; toPos = iterator()) {
        hunkResult = applyHunk(hunk.lines, toPos, maxErrors);
        if (hunkResult) {
          break;
        }
      }
      if (hunkResult) {
        break;
      }
    }
    if (!hunkResult) {
      return false;
    }
    for (let i2 = minLine; i2 < toPos; i2++) {
      resultLines.push(lines[i2]);
    }
    for (let i2 = 0; i2 < hunkResult.patchedLines.length; i2++) {
      const line = hunkResult.patchedLines[i2];
      resultLines.push(line);
    }
    minLine = hunkResult.oldLineLastI + 1;
    prevHunkOffset = toPos + 1 - hunk.oldStart;
  }
  for (let i = minLine; i < lines.length; i++) {
    resultLines.push(lines[i]);
  }
  return resultLines.join("\n");
}
function applyPatches(uniDiff, options) {
  const spDiff = typeof uniDiff === "string" ? parsePatch(uniDiff) : uniDiff;
  let currentIndex = 0;
  function processIndex() {
    const index = spDiff[currentIndex++];
    if (!index) {
      return options.complete();
    }
    options.loadFile(index, function(err, data) {
      if (err) {
        return options.complete(err);
      }
      const updatedContent = applyPatch(data, index, options);
      options.patched(index, updatedContent, function(err2) {
        if (err2) {
          return options.complete(err2);
        }
        processIndex();
      });
    });
  }
  processIndex();
}
var init_apply = __esm({
  "node_modules/diff/libesm/patch/apply.js"() {
    init_string();
    init_line_endings();
    init_parse();
    init_distance_iterator();
  }
});

// node_modules/diff/libesm/patch/reverse.js
function swapPrefix(fileName) {
  if (fileName === void 0 || fileName === "/dev/null") {
    return fileName;
  }
  if (fileName.startsWith("a/")) {
    return "b/" + fileName.slice(2);
  }
  if (fileName.startsWith("b/")) {
    return "a/" + fileName.slice(2);
  }
  return fileName;
}
function reversePatch(structuredPatch2) {
  if (Array.isArray(structuredPatch2)) {
    return structuredPatch2.map((patch) => reversePatch(patch)).reverse();
  }
  const reversed = Object.assign(Object.assign({}, structuredPatch2), { oldFileName: structuredPatch2.isGit ? swapPrefix(structuredPatch2.newFileName) : structuredPatch2.newFileName, oldHeader: structuredPatch2.newHeader, newFileName: structuredPatch2.isGit ? swapPrefix(structuredPatch2.oldFileName) : structuredPatch2.oldFileName, newHeader: structuredPatch2.oldHeader, oldMode: structuredPatch2.newMode, newMode: structuredPatch2.oldMode, isCreate: structuredPatch2.isDelete, isDelete: structuredPatch2.isCreate, hunks: structuredPatch2.hunks.map((hunk) => {
    return {
      oldLines: hunk.newLines,
      oldStart: hunk.newStart,
      newLines: hunk.oldLines,
      newStart: hunk.oldStart,
      lines: hunk.lines.map((l) => {
        if (l.startsWith("-")) {
          return `+${l.slice(1)}`;
        }
        if (l.startsWith("+")) {
          return `-${l.slice(1)}`;
        }
        return l;
      })
    };
  }) });
  if (structuredPatch2.isCopy) {
    reversed.newFileName = "/dev/null";
    reversed.newHeader = void 0;
    reversed.isDelete = true;
    delete reversed.isCreate;
    delete reversed.isCopy;
    delete reversed.isRename;
    reversed.hunks = [];
  }
  return reversed;
}
var init_reverse = __esm({
  "node_modules/diff/libesm/patch/reverse.js"() {
  }
});

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
  return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
var INCLUDE_HEADERS, FILE_HEADERS_ONLY, OMIT_HEADERS;
var init_create = __esm({
  "node_modules/diff/libesm/patch/create.js"() {
    init_line();
    INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
    FILE_HEADERS_ONLY = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: true
    };
    OMIT_HEADERS = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: false
    };
  }
});

// node_modules/diff/libesm/convert/dmp.js
function convertChangesToDMP(changes) {
  const ret = [];
  let change, operation;
  for (let i = 0; i < changes.length; i++) {
    change = changes[i];
    if (change.added) {
      operation = 1;
    } else if (change.removed) {
      operation = -1;
    } else {
      operation = 0;
    }
    ret.push([operation, change.value]);
  }
  return ret;
}
var init_dmp = __esm({
  "node_modules/diff/libesm/convert/dmp.js"() {
  }
});

// node_modules/diff/libesm/convert/xml.js
function convertChangesToXML(changes) {
  const ret = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (change.added) {
      ret.push("<ins>");
    } else if (change.removed) {
      ret.push("<del>");
    }
    ret.push(escapeHTML(change.value));
    if (change.added) {
      ret.push("</ins>");
    } else if (change.removed) {
      ret.push("</del>");
    }
  }
  return ret.join("");
}
function escapeHTML(s) {
  let n = s;
  n = n.replace(/&/g, "&amp;");
  n = n.replace(/</g, "&lt;");
  n = n.replace(/>/g, "&gt;");
  n = n.replace(/"/g, "&quot;");
  return n;
}
var init_xml = __esm({
  "node_modules/diff/libesm/convert/xml.js"() {
  }
});

// node_modules/diff/libesm/index.js
var libesm_exports = {};
__export(libesm_exports, {
  Diff: () => Diff,
  FILE_HEADERS_ONLY: () => FILE_HEADERS_ONLY,
  INCLUDE_HEADERS: () => INCLUDE_HEADERS,
  OMIT_HEADERS: () => OMIT_HEADERS,
  applyPatch: () => applyPatch,
  applyPatches: () => applyPatches,
  arrayDiff: () => arrayDiff,
  canonicalize: () => canonicalize,
  characterDiff: () => characterDiff,
  convertChangesToDMP: () => convertChangesToDMP,
  convertChangesToXML: () => convertChangesToXML,
  createPatch: () => createPatch,
  createTwoFilesPatch: () => createTwoFilesPatch,
  cssDiff: () => cssDiff,
  diffArrays: () => diffArrays,
  diffChars: () => diffChars,
  diffCss: () => diffCss,
  diffJson: () => diffJson,
  diffLines: () => diffLines,
  diffSentences: () => diffSentences,
  diffTrimmedLines: () => diffTrimmedLines,
  diffWords: () => diffWords,
  diffWordsWithSpace: () => diffWordsWithSpace,
  formatPatch: () => formatPatch,
  jsonDiff: () => jsonDiff,
  lineDiff: () => lineDiff,
  parsePatch: () => parsePatch,
  reversePatch: () => reversePatch,
  sentenceDiff: () => sentenceDiff,
  structuredPatch: () => structuredPatch,
  wordDiff: () => wordDiff,
  wordsWithSpaceDiff: () => wordsWithSpaceDiff
});
var init_libesm = __esm({
  "node_modules/diff/libesm/index.js"() {
    init_base();
    init_character();
    init_word();
    init_line();
    init_sentence();
    init_css();
    init_json();
    init_array();
    init_apply();
    init_parse();
    init_reverse();
    init_create();
    init_dmp();
    init_xml();
  }
});

// scripts/lockbox.ts
import { dirname as dirname4, resolve as resolve3 } from "node:path";
import process3 from "node:process";
import { fileURLToPath } from "node:url";

// scripts/common/cli.ts
import { writeSync } from "node:fs";
import process from "node:process";
import { parseArgs } from "node:util";
var EXIT = { ok: 0, failed: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
var CheckError = class extends Error {
  name = "CheckError";
};
function parseCommand(command, argv, options, maxPositionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { help: { type: "boolean", short: "h" }, ...options },
      allowPositionals: true,
      strict: true
    });
  } catch (e) {
    throw new UsageError(`${e.message}
Run \`${command} --help\` for usage`);
  }
  if (!parsed.values.help && parsed.positionals.length > maxPositionals) {
    throw new UsageError(
      `Cannot run ${command} as it takes at most ${maxPositionals} argument(s): got ${JSON.stringify(parsed.positionals)}
Run \`${command} --help\` for usage`
    );
  }
  return parsed;
}
function stringOpt(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function listOpt(values, name) {
  const v = values[name];
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function writeLine(fd, line) {
  try {
    writeSync(fd, line + "\n");
  } catch (e) {
    if (e.code !== "EPIPE") throw e;
  }
}
function readEnv(names) {
  const env = {};
  for (const name of names) {
    try {
      env[name] = process.env[name];
    } catch {
    }
  }
  return env;
}

// scripts/lockbox/cli.ts
import { isAbsolute, join as join6, relative, resolve as resolve2, sep } from "node:path";

// scripts/common/version.ts
var VERSION_SOURCE = "observability.ts";
var VERSION_LINE_RE = /^export const VERSION = "([^"\n]+)";$/m;
var SEMVER_RE = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;
function versionIn(source) {
  return VERSION_LINE_RE.exec(source)?.[1];
}
function compareSemver(a, b) {
  const pa = SEMVER_RE.exec(a);
  const pb = SEMVER_RE.exec(b);
  if (!pa || !pb) {
    throw new RangeError(
      `Cannot compare versions as both must be semver: got ${JSON.stringify(pa ? b : a)}`
    );
  }
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  if (pa[4] === pb[4]) return 0;
  if (pa[4] === void 0) return 1;
  if (pb[4] === void 0) return -1;
  return pa[4] < pb[4] ? -1 : 1;
}

// scripts/lockbox/constants.ts
var RELEASE_NAME = "@lockbox/observability";
var DIST_DIR = "dist";
var MANIFEST_FILE = "lockbox.json";
var PUBKEY_FILE = "lockbox.pub";
var KEYRING_FILE = "lockbox.keyring.json";
var VENDOR_MARKER_FILE = "lockbox.vendor.json";
var GITATTRIBUTES_FILE = ".gitattributes";
var VENDOR_SUBDIR = "vendor/observability";
var RUNTIMES = ["node", "bun", "deno"];
var COMMON_VENDOR_FILES = ["observability.d.ts", "THIRD_PARTY_NOTICES.txt"];
var MAX_METADATA_BYTES = 256 * 1024;
var GITATTRIBUTES_TEXT = [
  "# Written by `lockbox vendor` (see LOCKBOX.md). These files are a pinned release, verified",
  "# byte for byte: no end-of-line conversion (-text), no clean/smudge filter (-filter, e.g. LFS),",
  "# no $Id$ expansion (-ident); hidden from GitHub language stats (linguist-vendored).",
  "* -text -filter -ident linguist-vendored",
  ""
].join("\n");
var VENDOR_METADATA_FILES = [
  MANIFEST_FILE,
  VENDOR_MARKER_FILE,
  GITATTRIBUTES_FILE,
  KEYRING_FILE
];

// scripts/lockbox/diff.ts
import { basename as basename2, join as join3 } from "node:path";

// scripts/lockbox/signature.ts
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign,
  verify
} from "node:crypto";
import { Buffer as Buffer2 } from "node:buffer";
var FINGERPRINT_RE = /^sha256:[0-9a-f]{64}$/;
function sha256Hex(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function spkiDer(key) {
  const pub = key.type === "private" ? createPublicKey(key) : key;
  return pub.export({ type: "spki", format: "der" });
}
function fingerprint(key) {
  return `sha256:${sha256Hex(spkiDer(key))}`;
}
function shortKeyId(fp) {
  return fp.slice(0, "sha256:".length + 16);
}
function requireEd25519(key, origin) {
  if (key.asymmetricKeyType !== "ed25519") {
    throw new CheckError(
      `Cannot use the key from ${origin} as it must be Ed25519: got ${JSON.stringify(key.asymmetricKeyType)}`
    );
  }
  return key;
}
function publicKeyFrom(text, origin) {
  let key;
  try {
    key = text.includes("-----BEGIN") ? createPublicKey(text) : createPublicKey({ key: Buffer2.from(text, "base64"), format: "der", type: "spki" });
  } catch (e) {
    throw new CheckError(
      `Cannot read the public key from ${origin} as it must be PEM or base64 SPKI: ${e.message}`
    );
  }
  return requireEd25519(key, origin);
}
function privateKeyFrom(pem, origin) {
  const text = pem.includes("\n") ? pem : pem.replaceAll("\\n", "\n");
  let key;
  try {
    key = createPrivateKey(text);
  } catch {
    throw new UsageError(
      `Cannot read the signing key from ${origin} as it must be a PEM PKCS#8 Ed25519 private key`
    );
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new UsageError(`Cannot sign with the key from ${origin} as it must be Ed25519`);
  }
  return key;
}
function signBytes(message, key) {
  return sign(null, message, key).toString("base64");
}
function verifyBytes(message, key, signature) {
  const sig = Buffer2.from(signature, "base64");
  if (sig.length !== 64) return false;
  return verify(null, message, key, sig);
}

// scripts/lockbox/content.ts
function declaredVersions(text) {
  const found = [];
  const direct = text.match(
    /\bexport\s+(?:declare\s+)?(?:const|let|var)\s+VERSION\s*(?::[^=;]+)?=\s*(["'])([^"'\n]*)\1/
  );
  if (direct) found.push(direct[2]);
  for (const list of direct ? [] : text.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const spec of list[1].split(",")) {
      const m = spec.trim().match(/^([\w$]+)(?:\s+as\s+([\w$]+))?$/);
      if (!m || (m[2] ?? m[1]) !== "VERSION") continue;
      const local = m[1].replaceAll("$", "\\$");
      const decl = text.match(
        new RegExp(`(?:\\b(?:var|let|const)\\s+|,\\s*)${local}\\s*=\\s*(["'])([^"'\\n]*)\\1`)
      );
      if (decl) found.push(decl[2]);
    }
  }
  const banner = text.slice(0, 1e3).match(/\blockbox v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/);
  if (banner) found.push(banner[1]);
  return [...new Set(found)].filter((v) => /^\d+\.\d+\.\d+/.test(v));
}
function isText(bytes) {
  return !bytes.subarray(0, 8e3).includes(0);
}
function crlfToLf(bytes) {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) continue;
    out[n++] = bytes[i];
  }
  return out.subarray(0, n);
}
function lfToCrlf(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10 && bytes[i - 1] !== 13) out.push(13);
    out.push(bytes[i]);
  }
  return Uint8Array.from(out);
}
var BOM = [239, 187, 191];
function hasBom(bytes) {
  return BOM.every((b, i) => bytes[i] === b);
}
function hasCrlf(bytes) {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 13 && bytes[i + 1] === 10) return true;
  }
  return false;
}
function cosmeticChange(actual, pinnedSha256) {
  if (!isText(actual)) return void 0;
  const tries = [
    ["CRLF where the release has LF", crlfToLf(actual)],
    ["LF where the release has CRLF", lfToCrlf(actual)]
  ];
  if (hasBom(actual)) tries.push(["a UTF-8 byte-order mark was added", actual.subarray(3)]);
  const last = actual[actual.length - 1];
  if (last === 10) tries.push(["a final newline was added", actual.subarray(0, -1)]);
  else {
    const plus = new Uint8Array(actual.length + 1);
    plus.set(actual);
    plus[actual.length] = 10;
    tries.push(["the final newline was removed", plus]);
  }
  return tries.find(([, bytes]) => sha256Hex(bytes) === pinnedSha256)?.[0];
}

// scripts/lockbox/files.ts
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
function entryKind(path) {
  let st;
  try {
    st = lstatSync(path);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    throw e;
  }
  if (st.isSymbolicLink()) return "symlink";
  if (st.isFile()) return "file";
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "fifo";
  if (st.isSocket()) return "socket";
  return "device";
}
function readRegular(path, maxBytes) {
  const kind = entryKind(path);
  if (kind !== "file") return { kind };
  if (maxBytes !== void 0) {
    const size = lstatSync(path).size;
    if (size > maxBytes) {
      throw new RangeError(`it is ${size} bytes, over the ${maxBytes}-byte limit`);
    }
  }
  return { kind: "file", bytes: readFileSync(path) };
}
function readMetadata(path) {
  return readRegular(path, MAX_METADATA_BYTES);
}
function readMetadataText(path, refuse) {
  const r = readMetadata(path);
  if (r.kind !== "file") throw refuse(describeKind(r.kind));
  return new TextDecoder().decode(r.bytes);
}
function readUnder(root, key) {
  const parts = key.split("/");
  let path = root;
  for (const part of parts.slice(0, -1)) {
    path = join(path, part);
    const kind = entryKind(path);
    if (kind === "missing") return { kind };
    if (kind !== "directory") return { kind: kind === "file" ? "missing" : kind };
  }
  return readRegular(join(path, parts[parts.length - 1]));
}
function listEntries(dir) {
  return readdirSync(dir).sort().map((name) => ({ name, kind: entryKind(join(dir, name)) }));
}
function describeKind(kind) {
  switch (kind) {
    case "symlink":
      return "is a symbolic link (only regular files are accepted, whatever it points to)";
    case "directory":
      return "is a directory, not a regular file";
    case "fifo":
      return "is a FIFO (named pipe), not a regular file; it was not read";
    case "socket":
      return "is a socket, not a regular file";
    case "device":
      return "is a device, not a regular file";
    default:
      return kind === "missing" ? "does not exist" : "is a regular file";
  }
}

// scripts/lockbox/manifest.ts
import { Buffer as Buffer3 } from "node:buffer";

// scripts/lockbox/json.ts
var StrictJsonError = class extends Error {
  name = "StrictJsonError";
};
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
function parseStrictJson(text) {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const fail = (what) => {
    throw new StrictJsonError(`${what} at character ${i}`);
  };
  const scalar = () => {
    const start = i;
    if (text[i] === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      if (i >= text.length) fail("unterminated string");
      i++;
    } else {
      while (i < text.length && /[-+0-9.eEa-z]/.test(text[i])) i++;
    }
    try {
      return JSON.parse(text.slice(start, i));
    } catch {
      return fail(`invalid value ${JSON.stringify(text.slice(start, Math.max(i, start + 1)))}`);
    }
  };
  const value = (path) => {
    skip();
    if (text[i] === "{") return object(path);
    if (text[i] === "[") return array(path);
    return scalar();
  };
  const object = (path) => {
    const out = {};
    i++;
    skip();
    if (text[i] === "}") {
      i++;
      return out;
    }
    for (; ; ) {
      skip();
      if (text[i] !== '"') fail("expected a key");
      const key = scalar();
      if (Object.hasOwn(out, key)) {
        throw new StrictJsonError(`duplicate key ${JSON.stringify(key)} in ${path}`);
      }
      skip();
      if (text[i++] !== ":") fail("expected ':'");
      out[key] = value(`${path}.${key}`);
      skip();
      const c = text[i++];
      if (c === "}") return out;
      if (c !== ",") fail("expected ',' or '}'");
    }
  };
  const array = (path) => {
    const out = [];
    i++;
    skip();
    if (text[i] === "]") {
      i++;
      return out;
    }
    for (; ; ) {
      out.push(value(`${path}[${out.length}]`));
      skip();
      const c = text[i++];
      if (c === "]") return out;
      if (c !== ",") fail("expected ',' or ']'");
    }
  };
  const result = value("$");
  skip();
  if (i < text.length) fail("unexpected data after the JSON value");
  return result;
}

// scripts/lockbox/manifest.ts
var MANIFEST_V2 = "lockbox-manifest-v2";
var CONTEXT_V2 = "lockbox-manifest-v2\n";
var CONTEXT_V1 = "lockbox-manifest-v1\n";
var SIGNATURE_TAIL_RE = /,\n {2}"signature": \{"algorithm":"Ed25519","publicKey":"([A-Za-z0-9+/]{58,64}={0,2})","value":"([A-Za-z0-9+/]{86}==)"\}\n\}\n$/;
var PATH_RE = /^[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*(\/[A-Za-z0-9_@+-][A-Za-z0-9._@+-]*)*$/;
function sortedFiles(files) {
  const out = {};
  for (const path of Object.keys(files).sort()) {
    out[path] = { sha256: files[path].sha256, bytes: files[path].bytes };
  }
  return out;
}
function headV2(m) {
  const body = {
    format: MANIFEST_V2,
    name: m.name,
    version: m.version,
    files: sortedFiles(m.files),
    source: { commit: m.source.commit },
    esbuild: m.esbuild
  };
  return JSON.stringify(body, null, 2).slice(0, -2);
}
function messageV2(head) {
  return new TextEncoder().encode(CONTEXT_V2 + head);
}
function serializeV2(head, publicKeyDer, signature) {
  const sig = JSON.stringify({
    algorithm: "Ed25519",
    publicKey: Buffer3.from(publicKeyDer).toString("base64"),
    value: signature
  });
  return `${head},
  "signature": ${sig}
}
`;
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value;
  const keys = Object.keys(obj).filter((k) => obj[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}
function serializeV1(m, sig) {
  const ordered = {
    name: m.name,
    version: m.version,
    files: sortedFiles(m.files),
    source: { commit: m.source.commit },
    esbuild: m.esbuild,
    signature: sig
  };
  return JSON.stringify(ordered, null, 2) + "\n";
}
function openEnvelope(bytes, origin) {
  const raw = Buffer3.from(bytes).toString("latin1");
  if (raw.includes(MANIFEST_V2)) return openV2(bytes, raw, origin);
  if (raw.includes('"format"')) {
    throw new CheckError(`MANIFEST ${origin}: unknown format (this verifier reads v1 and v2)`);
  }
  return openV1(bytes, origin);
}
function openV2(bytes, raw, origin) {
  if (raw.includes("\r\n")) {
    throw new CheckError(
      `LINE-ENDINGS ${origin}: the manifest has CRLF line endings, so its exact bytes no longer match the signature: git converted it (is the folder's .gitattributes committed?) or an editor did; restore it from the release`
    );
  }
  if (!raw.startsWith(`{
  "format": "${MANIFEST_V2}",
`)) {
    throw new CheckError(
      `SIGNATURE ${origin}: the v2 manifest is not byte for byte what the signer wrote (re-serialised, re-indented or reordered); the signature covers exact bytes`
    );
  }
  const tail = SIGNATURE_TAIL_RE.exec(raw);
  if (!tail) {
    const at = raw.lastIndexOf('\n  "signature": {');
    throw new CheckError(
      at < 0 ? `SIGNATURE ${origin}: the manifest is unsigned (no signature line)` : `SIGNATURE ${origin}: the signature line is malformed or followed by other data (junk after the signature); the file must end with the signature line and "}"`
    );
  }
  const head = bytes.subarray(0, tail.index);
  const message = new Uint8Array(CONTEXT_V2.length + head.length);
  message.set(new TextEncoder().encode(CONTEXT_V2));
  message.set(head, CONTEXT_V2.length);
  return {
    format: 2,
    message,
    signature: tail[2],
    publicKey: tail[1],
    body: () => validate(strictParse(bytes, origin), origin, true)
  };
}
function openV1(bytes, origin) {
  const raw = strictParse(bytes, origin);
  const m = validate(raw, origin, false);
  const sig = raw.signature;
  if (sig === void 0) throw new CheckError(`SIGNATURE ${origin}: the manifest is unsigned`);
  if (sig === null || typeof sig !== "object" || sig.algorithm !== "Ed25519" || typeof sig.keyId !== "string" || typeof sig.value !== "string") {
    throw new CheckError(`MANIFEST ${origin}: signature must be { algorithm, keyId, value }`);
  }
  const sigFields = { algorithm: sig.algorithm, keyId: sig.keyId, value: sig.value };
  if (serializeV1(m, sigFields) !== new TextDecoder().decode(bytes)) {
    throw new CheckError(
      `SIGNATURE ${origin}: the v1 manifest is not byte for byte what the signer wrote (re-serialised, reordered, extra fields or data after the signature)`
    );
  }
  return {
    format: 1,
    message: new TextEncoder().encode(CONTEXT_V1 + canonicalJson(m)),
    signature: sig.value,
    keyHint: sig.keyId,
    body: () => m
  };
}
function strictParse(bytes, origin) {
  try {
    return parseStrictJson(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (e) {
    throw new CheckError(`MANIFEST ${origin}: not strictly valid JSON: ${e.message}`);
  }
}
function validate(raw, origin, v2) {
  const bad = (what, got) => new CheckError(`MANIFEST ${origin}: ${what}: got ${JSON.stringify(got)}`);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw bad("must be an object", raw);
  }
  const m = raw;
  const known = ["name", "version", "files", "source", "esbuild", "signature"];
  if (v2) known.push("format");
  const unknown = Object.keys(m).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw bad("unknown fields", unknown);
  if (typeof m.name !== "string") throw bad("name must be a string", m.name);
  if (typeof m.version !== "string" || !SEMVER_RE.test(m.version)) {
    throw bad("version must be semver", m.version);
  }
  const files = m.files;
  if (files === null || typeof files !== "object" || Array.isArray(files)) {
    throw bad("files must be an object", files);
  }
  for (const [path, entry] of Object.entries(files)) checkEntry(path, entry, bad);
  const source = m.source;
  if (source === null || typeof source !== "object" || typeof source.commit !== "string") {
    throw bad("source.commit must be a string", m.source);
  }
  if (m.esbuild !== null && typeof m.esbuild !== "string") {
    throw bad("esbuild must be a string or null", m.esbuild);
  }
  return {
    name: m.name,
    version: m.version,
    files,
    source: { commit: source.commit },
    esbuild: m.esbuild
  };
}
function checkEntry(path, entry, bad) {
  if (!PATH_RE.test(path) || path.split("/").includes("..")) {
    throw bad("file paths must be relative, '/'-separated, without '..'", path);
  }
  const f = entry;
  if (f === null || typeof f !== "object" || Object.keys(f).length !== 2 || typeof f.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(f.sha256) || !Number.isSafeInteger(f.bytes) || f.bytes < 0) {
    throw bad(`files[${JSON.stringify(path)}] must be { sha256: <64 hex>, bytes: <int> }`, f);
  }
}

// scripts/lockbox/verify.ts
import { basename, dirname, join as join2 } from "node:path";

// scripts/lockbox/keyring.ts
import { Buffer as Buffer4 } from "node:buffer";
import { createPublicKey as createPublicKey2 } from "node:crypto";
var KEYRING_FORMAT = "lockbox-keyring-v1";
var STATEMENT_CONTEXT = "lockbox-statement-v1\n";
function fingerprintOfDer(base64) {
  return `sha256:${sha256Hex(Buffer4.from(base64, "base64"))}`;
}
function emptyKeyring() {
  return { format: KEYRING_FORMAT, keys: [], statements: [] };
}
function serializeKeyring(k) {
  return JSON.stringify(k, null, 2) + "\n";
}
function parseKeyring(text, origin) {
  const fail = (what) => new CheckError(`KEYRING ${origin}: ${what}`);
  let raw;
  try {
    raw = parseStrictJson(text);
  } catch (e) {
    throw fail(`not strictly valid JSON: ${e.message}`);
  }
  if (raw?.format !== KEYRING_FORMAT || !Array.isArray(raw.keys)) {
    throw fail(`must be { "format": "${KEYRING_FORMAT}", "keys": [...], "statements": [...] }`);
  }
  const statements = raw.statements ?? [];
  if (!Array.isArray(statements)) throw fail("statements must be an array");
  for (const k of raw.keys) {
    if (typeof k?.publicKey !== "string" || fingerprintOfDer(k.publicKey) !== k.id) {
      throw fail(`key ${JSON.stringify(k?.id)} does not match its publicKey's fingerprint`);
    }
  }
  return { format: KEYRING_FORMAT, keys: raw.keys, statements };
}
function addKey(k, key, comment) {
  const id = fingerprint(key);
  if (k.keys.some((e) => e.id === id)) return;
  const publicKey = Buffer4.from(spkiDer(key)).toString("base64");
  k.keys.push(comment === void 0 ? { id, publicKey } : { id, publicKey, comment });
}
function addStatement(k, statement, signer) {
  const text = JSON.stringify(statement);
  const signature = signBytes(new TextEncoder().encode(STATEMENT_CONTEXT + text), signer);
  k.statements.push({ statement: text, signedBy: fingerprint(signer), signature });
}
var Trust = class {
  #keys = /* @__PURE__ */ new Map();
  #trusted = /* @__PURE__ */ new Map();
  #revoked = /* @__PURE__ */ new Map();
  #statements = [];
  /** One line per problem found in keyrings. */
  problems = [];
  /** @param anchors `sha256:<64 hex>` fingerprints from the CI definition */
  constructor(anchors2) {
    for (const a of anchors2) this.#trusted.set(a, { via: "--expect-key" });
  }
  /** Whether `fp` is one of the anchors or announced by one. */
  isTrusted(fp) {
    return this.#trusted.has(fp);
  }
  /** Makes a public key available (it is trusted only if its fingerprint is). */
  addPublicKey(key) {
    const fp = fingerprint(key);
    this.#keys.set(fp, key);
    return fp;
  }
  /** Adds a keyring file's keys and statements, then re-resolves trust. */
  addKeyring(k, origin) {
    for (const e of k.keys) this.addPublicKey(publicKeyFrom(e.publicKey, origin));
    for (const s of k.statements) this.#statements.push({ s, origin });
    this.#resolve();
  }
  /** Applies statements signed by trusted keys until nothing changes. */
  #resolve() {
    const pending = [...this.#statements];
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = pending.length - 1; i >= 0; i--) {
        const { s, origin } = pending[i];
        const signer = this.#keys.get(s.signedBy);
        if (!this.#trusted.has(s.signedBy) || !signer) continue;
        pending.splice(i, 1);
        const msg = new TextEncoder().encode(STATEMENT_CONTEXT + s.statement);
        if (!verifyBytes(msg, signer, s.signature)) {
          this.problems.push(
            `KEYRING ${origin}: a statement signed by ${s.signedBy} does not verify (edited after signing): ${s.statement.slice(0, 120)}`
          );
          continue;
        }
        changed = this.#apply(parseStatement(s.statement, origin), s.signedBy) || changed;
      }
    }
  }
  #apply(st, by) {
    if (st.type === "revoke") {
      this.#revoked.set(st.key, { validThrough: st.validThrough, reason: st.reason });
      return false;
    }
    if (this.#trusted.has(st.key)) return false;
    const der = Buffer4.from(st.publicKey, "base64");
    this.#keys.set(st.key, createPublicKey2({ key: der, format: "der", type: "spki" }));
    this.#trusted.set(st.key, { via: `announced by ${by}`, minVersion: st.minVersion });
    return true;
  }
  /** A trusted, known key whose 16-hex id is `hint` (v1 manifests name keys that way). */
  byShortId(hint) {
    return [...this.#trusted.keys()].find((fp) => shortKeyId(fp) === hint && this.#keys.has(fp));
  }
  /** The public key with fingerprint `fp`, if known. */
  key(fp) {
    return this.#keys.get(fp);
  }
  /** Why `fp` may not sign `version`, or undefined when it may. */
  refusal(fp, version) {
    const revoked = this.#revoked.get(fp);
    if (revoked && (revoked.validThrough === null || compareSemver(version, revoked.validThrough) > 0)) {
      return `key ${fp} is REVOKED${revoked.validThrough === null ? "" : ` for releases after ${revoked.validThrough}`} (${revoked.reason}); it cannot sign ${version}`;
    }
    const t = this.#trusted.get(fp);
    if (t?.minVersion && compareSemver(version, t.minVersion) < 0) {
      return `key ${fp} was ${t.via} for releases from ${t.minVersion} only; it cannot sign ${version}`;
    }
    return void 0;
  }
};
function parseStatement(text, origin) {
  const fail = () => new CheckError(`KEYRING ${origin}: malformed statement ${text.slice(0, 120)}`);
  let s;
  try {
    s = parseStrictJson(text);
  } catch {
    throw fail();
  }
  if (typeof s?.key !== "string" || !FINGERPRINT_RE.test(s.key)) throw fail();
  if (s.type === "announce") {
    if (typeof s.publicKey !== "string" || fingerprintOfDer(s.publicKey) !== s.key) throw fail();
    if (typeof s.minVersion !== "string" || !SEMVER_RE.test(s.minVersion)) throw fail();
    return s;
  }
  if (s.type === "revoke") {
    if (s.validThrough !== null && !(typeof s.validThrough === "string" && SEMVER_RE.test(s.validThrough))) {
      throw fail();
    }
    if (typeof s.reason !== "string") throw fail();
    return s;
  }
  throw fail();
}

// scripts/lockbox/verify.ts
function verifyDir(opts) {
  const show = opts.show ?? ((p) => p);
  const result = { problems: [], checkedFiles: 0 };
  const problems = result.problems;
  const dirKind = entryKind(opts.dir);
  if (dirKind !== "directory") {
    problems.push(`NOT-REGULAR ${show(opts.dir)}: ${describeKind(dirKind)}; expected a folder`);
    return result;
  }
  const trust = loadTrust(opts, show);
  problems.push(...trust.problems);
  const envelope = readEnvelope(opts.dir, show, problems);
  if (!envelope) return result;
  const signedBy = checkSignature(envelope, trust, show(join2(opts.dir, MANIFEST_FILE)), problems);
  if (!signedBy) return result;
  let manifest;
  try {
    manifest = envelope.body();
  } catch (e) {
    problems.push(e.message);
    return result;
  }
  result.manifest = manifest;
  result.signedBy = signedBy;
  checkVersion(manifest, signedBy, trust, opts, show(join2(opts.dir, MANIFEST_FILE)), problems);
  if (problems.length > 0) return result;
  const layout = layoutOf(opts.dir, manifest, show);
  problems.push(...layout.problems);
  result.checkedFiles = checkFiles(opts.dir, manifest, layout, show, problems);
  checkExtras(opts.dir, manifest, layout, show, problems);
  return result;
}
function loadTrust(opts, show) {
  const trust = new Trust(opts.expectKeys);
  for (const path of opts.pubkeyPaths ?? []) {
    const text = readMetadataText(
      path,
      (is) => new CheckError(`SIGNATURE --pubkey ${show(path)}: ${is}`)
    );
    const key = publicKeyFrom(text, show(path));
    const fp = trust.addPublicKey(key);
    if (!opts.expectKeys.includes(fp)) {
      trust.problems.push(
        `SIGNATURE --pubkey ${show(path)} is key ${fp}, which is not an --expect-key anchor (${opts.expectKeys.join(", ")}): a public key file is never trusted by itself`
      );
    }
  }
  const keyrings = [...opts.keyringPaths ?? []];
  const vendored = entryKind(join2(opts.dir, VENDOR_MARKER_FILE)) !== "missing";
  const own = join2(vendored ? opts.dir : dirname(opts.dir), KEYRING_FILE);
  for (const p of [own]) {
    if (!keyrings.includes(p) && entryKind(p) !== "missing") keyrings.push(p);
  }
  for (const path of keyrings) {
    try {
      const text = readMetadataText(path, (is) => new CheckError(`KEYRING ${show(path)}: ${is}`));
      trust.addKeyring(parseKeyring(text, show(path)), show(path));
    } catch (e) {
      if (!(e instanceof CheckError || e instanceof RangeError)) throw e;
      const message = e.message;
      trust.problems.push(e instanceof RangeError ? `KEYRING ${show(path)}: ${message}` : message);
    }
  }
  return trust;
}
function readEnvelope(dir, show, problems) {
  const path = join2(dir, MANIFEST_FILE);
  try {
    const r = readMetadata(path);
    if (r.kind === "missing") {
      problems.push(`MISSING ${show(path)}: no manifest here (is ${show(dir)} a vendored folder?)`);
      return void 0;
    }
    if (r.kind !== "file") {
      problems.push(`NOT-REGULAR ${show(path)}: ${describeKind(r.kind)}`);
      return void 0;
    }
    return openEnvelope(r.bytes, show(path));
  } catch (e) {
    if (e instanceof RangeError) {
      problems.push(`MANIFEST ${show(path)}: ${e.message}; refused unread`);
      return void 0;
    }
    if (!(e instanceof CheckError)) throw e;
    problems.push(e.message);
    return void 0;
  }
}
function checkSignature(env, trust, where, problems) {
  let fp;
  if (env.format === 2) {
    fp = fingerprintOfDer(env.publicKey);
    if (!trust.isTrusted(fp)) {
      problems.push(
        `SIGNATURE ${where}: signed by key ${fp}, which is not trusted: not an --expect-key anchor, nor announced by one (a re-signed manifest, or a rotation your CI has not followed)`
      );
      return void 0;
    }
    if (!trust.key(fp)) trust.addPublicKey(publicKeyFrom(env.publicKey, where));
  } else {
    fp = trust.byShortId(env.keyHint);
    if (!fp) {
      problems.push(
        `SIGNATURE ${where}: signed by key ${env.keyHint} (v1 manifest), which matches no trusted key whose public half is known (--expect-key, plus --keyring or --pubkey)`
      );
      return void 0;
    }
  }
  if (!verifyBytes(env.message, trust.key(fp), env.signature)) {
    problems.push(
      `SIGNATURE ${where}: the signature does not verify: the manifest was edited after signing, or its signature was altered`
    );
    return void 0;
  }
  return fp;
}
function checkVersion(m, fp, trust, opts, where, problems) {
  const refusal = trust.refusal(fp, m.version);
  if (refusal) problems.push(`REVOKED ${where}: ${refusal}`);
  if (opts.minVersion && compareSemver(m.version, opts.minVersion) < 0) {
    problems.push(
      `ROLLBACK ${where}: release ${m.version} is older than --min-version ${opts.minVersion}`
    );
  }
}
function vendorSelection(manifest, runtimes) {
  return Object.keys(manifest.files).filter((key) => {
    if (!key.startsWith(`${DIST_DIR}/`) || key.split("/").length !== 2) return false;
    const name = basename(key);
    const rt = RUNTIMES.find((r) => name.includes(`.${r}.`));
    return rt ? runtimes.includes(rt) : COMMON_VENDOR_FILES.includes(name);
  }).sort();
}
function markerText(runtimes) {
  const ordered = RUNTIMES.filter((r) => runtimes.includes(r));
  return JSON.stringify({ runtimes: ordered }, null, 2) + "\n";
}
function layoutOf(dir, m, show) {
  const markerPath = join2(dir, VENDOR_MARKER_FILE);
  const layout = {
    vendored: false,
    locations: /* @__PURE__ */ new Map(),
    allowed: /* @__PURE__ */ new Set(),
    problems: []
  };
  layout.allowed.add(MANIFEST_FILE);
  if (entryKind(markerPath) === "missing") {
    const prefix = `${basename(dir)}/`;
    for (const key of Object.keys(m.files).filter((k) => k.startsWith(prefix)).sort()) {
      layout.locations.set(key, join2(dirname(dir), ...key.split("/")));
    }
    return layout;
  }
  layout.vendored = true;
  for (const f of VENDOR_METADATA_FILES) layout.allowed.add(f);
  const runtimes = readMarker(markerPath, show, layout.problems);
  for (const key of vendorSelection(m, runtimes)) {
    layout.locations.set(key, join2(dir, basename(key)));
  }
  const attrPath = join2(dir, GITATTRIBUTES_FILE);
  const attr = readMetadata(attrPath);
  if (attr.kind !== "file" || new TextDecoder().decode(attr.bytes) !== GITATTRIBUTES_TEXT) {
    layout.problems.push(
      `ATTRIBUTES ${show(attrPath)}: ${attr.kind === "file" ? "differs from what vendor writes" : describeKind(attr.kind)}; git may rewrite line endings or run filters on checkout: re-run vendor`
    );
  }
  return layout;
}
function readMarker(path, show, problems) {
  const r = readMetadata(path);
  const text = r.kind === "file" ? new TextDecoder().decode(r.bytes) : "";
  const candidates = subsets().filter((s) => markerText(s) === text);
  if (candidates.length === 1) return candidates[0];
  problems.push(
    `MANIFEST ${show(path)}: ${r.kind === "file" ? "not exactly what vendor writes" : describeKind(r.kind)} (a non-empty subset of ${RUNTIMES.join(", ")}); re-run vendor`
  );
  return [...RUNTIMES];
}
function subsets() {
  const out = [];
  for (let mask = 1; mask < 1 << RUNTIMES.length; mask++) {
    out.push(RUNTIMES.filter((_, i) => mask & 1 << i));
  }
  return out;
}
function checkFiles(dir, m, layout, show, problems) {
  let checked = 0;
  for (const [key, path] of layout.locations) {
    const pinned = m.files[key];
    const label = show(path) + (layout.vendored ? ` (pinned as ${key})` : "");
    const r = layout.vendored ? readRegular(path) : readUnder(dirname(dir), key);
    if (r.kind === "missing") {
      problems.push(`MISSING ${label}: pinned (sha256 ${pinned.sha256}) but not found`);
      continue;
    }
    if (r.kind !== "file") {
      problems.push(`NOT-REGULAR ${label}: ${describeKind(r.kind)}`);
      continue;
    }
    checked++;
    const actual = sha256Hex(r.bytes);
    if (actual !== pinned.sha256) {
      const cosmetic = cosmeticChange(r.bytes, pinned.sha256);
      problems.push(
        cosmetic ? `LINE-ENDINGS ${label}: changed by ${cosmetic} only; expected sha256 ${pinned.sha256}, actual ${actual}` : `CHANGED ${label}: expected sha256 ${pinned.sha256}, actual ${actual} (${r.bytes.length} bytes, pinned ${pinned.bytes})`
      );
    }
    const declared = isText(r.bytes) ? declaredVersions(new TextDecoder().decode(r.bytes)) : [];
    for (const other of declared.filter((v) => v !== m.version)) {
      problems.push(
        `VERSION ${label}: declares version ${JSON.stringify(other)} but ${MANIFEST_FILE} pins version ${JSON.stringify(m.version)}`
      );
    }
  }
  return checked;
}
function checkExtras(dir, m, layout, show, problems) {
  const here = new Set(
    [...layout.locations.values()].filter((p) => dirname(p) === dir).map((p) => basename(p))
  );
  for (const { name, kind } of listEntries(dir)) {
    const path = show(join2(dir, name));
    if (here.has(name)) continue;
    if (layout.allowed.has(name)) {
      if (kind !== "file") problems.push(`NOT-REGULAR ${path}: ${describeKind(kind)}`);
      continue;
    }
    const pinnedElsewhere = layout.vendored && Object.keys(m.files).some((k) => k === `${DIST_DIR}/${name}`);
    problems.push(
      pinnedElsewhere ? `EXTRA ${path}: pinned, but not part of the runtimes in ${VENDOR_MARKER_FILE}; re-run vendor` : `EXTRA ${path}: not pinned in ${MANIFEST_FILE}; remove it (the folder holds only the release)${kind === "file" ? "" : ` (it ${describeKind(kind)})`}`
    );
  }
}

// scripts/lockbox/diff.ts
var DIFF_CONTEXT_LINES = 3;
var DIFF_MAX_LINE_CHARS = 160;
async function diffBytes(pristine, local) {
  const notes = [];
  let a = pristine;
  let b = local;
  if (hasBom(a) !== hasBom(b)) {
    notes.push(`byte-order mark ${hasBom(b) ? "added" : "removed"} at the start of the file`);
  }
  if (hasBom(a)) a = a.subarray(3);
  if (hasBom(b)) b = b.subarray(3);
  if (hasCrlf(a) !== hasCrlf(b)) {
    notes.push(
      `line endings: ${hasCrlf(b) ? "CRLF where the release has LF" : "LF where the release has CRLF"}`
    );
    a = crlfToLf(a);
    b = crlfToLf(b);
  }
  const nl = (x) => x.length > 0 && x[x.length - 1] === 10;
  if (nl(a) !== nl(b)) notes.push(`final newline ${nl(b) ? "added" : "removed"}`);
  const ta = new TextDecoder().decode(a);
  const tb = new TextDecoder().decode(b);
  if (ta.replace(/\n$/, "") === tb.replace(/\n$/, "")) return { notes, lines: [] };
  const { structuredPatch: structuredPatch2 } = await Promise.resolve().then(() => (init_libesm(), libesm_exports));
  const patch = structuredPatch2("a", "b", ta, tb, "", "", { context: DIFF_CONTEXT_LINES });
  const lines = [];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    lines.push(...clipPairs(h.lines.filter((l) => !l.startsWith("\\"))));
  }
  return { notes, lines };
}
function clipPairs(lines) {
  const cols = lines.map(() => 0);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i][0] !== "-") continue;
    let j = i;
    while (j < lines.length && lines[j][0] === "-") j++;
    for (let p = 0; i + p < j && j + p < lines.length && lines[j + p][0] === "+"; p++) {
      const [x, y] = [lines[i + p].slice(1), lines[j + p].slice(1)];
      let c = 0;
      while (c < x.length && c < y.length && x[c] === y[c]) c++;
      cols[i + p] = cols[j + p] = c;
    }
    i = j - 1;
  }
  return lines.map((l, i) => l[0] + clip(l.slice(1), cols[i]));
}
function clip(line, col) {
  if (line.length <= DIFF_MAX_LINE_CHARS) return line;
  const start = Math.max(0, Math.min(col - 40, line.length - DIFF_MAX_LINE_CHARS));
  const end = start + DIFF_MAX_LINE_CHARS;
  return (start > 0 ? `[\u2026${start} chars]` : "") + line.slice(start, end) + (end < line.length ? `[\u2026${line.length - end} chars]` : "");
}
async function diffCommand(dir, pristine, io, show) {
  const r = readMetadata(join3(dir, MANIFEST_FILE));
  if (r.kind !== "file") {
    io.err(`lockbox diff: ${show(join3(dir, MANIFEST_FILE))} ${describeKind(r.kind)}`);
    return 1;
  }
  let manifest;
  try {
    manifest = openEnvelope(r.bytes, show(join3(dir, MANIFEST_FILE))).body();
  } catch (e) {
    io.err(`lockbox diff: ${e.message}`);
    return 1;
  }
  let differing = 0;
  for (const [key, path] of layoutOf(dir, manifest, show).locations) {
    differing += await diffOne(key, path, manifest.files[key], pristine, io, show);
  }
  if (differing === 0) io.out(`lockbox diff: no differences from the pinned release`);
  return differing === 0 ? 0 : 1;
}
async function diffOne(key, path, pinned, pristine, io, show) {
  const local = readRegular(path);
  if (local.kind !== "file") {
    io.out(`${show(path)}: ${describeKind(local.kind)} (nothing to diff)`);
    return 1;
  }
  if (sha256Hex(local.bytes) === pinned.sha256) return 0;
  const original = findPristine(pristine, key, pinned);
  if (!original) {
    io.err(`lockbox diff: no pristine copy of ${key} under ${show(pristine)}`);
    return 1;
  }
  if (!original.matchesPin) {
    io.err(`lockbox diff: warning: ${show(original.path)} does not match the pin of ${key} either`);
  }
  const d = await diffBytes(original.bytes, local.bytes);
  const what = d.lines.length === 0 ? "only" : "and a content change";
  for (const note of d.notes) io.out(`${show(path)}: ${note} (${what})`);
  if (d.lines.length === 0) return 1;
  io.out(`--- ${show(original.path)}	(pinned ${key}, sha256 ${pinned.sha256.slice(0, 12)}\u2026)`);
  io.out(`+++ ${show(path)}	(sha256 ${sha256Hex(local.bytes).slice(0, 12)}\u2026)`);
  for (const line of d.lines) io.out(line);
  return 1;
}
function findPristine(pristine, key, pinned) {
  const candidates = [
    join3(pristine, ...key.split("/")),
    join3(pristine, basename2(key)),
    join3(pristine, DIST_DIR, basename2(key))
  ];
  let fallback;
  for (const path of candidates) {
    const r = readRegular(path);
    if (r.kind !== "file") continue;
    if (sha256Hex(r.bytes) === pinned.sha256) return { path, bytes: r.bytes, matchesPin: true };
    fallback ??= { path, bytes: r.bytes };
  }
  return fallback ? { ...fallback, matchesPin: false } : void 0;
}

// scripts/lockbox/keys.ts
import { generateKeyPairSync } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname2, resolve } from "node:path";

// scripts/common/git.ts
import { execFileSync } from "node:child_process";
import process2 from "node:process";
function childEnv() {
  const env = {};
  let source = {};
  try {
    source = { ...process2.env };
  } catch {
  }
  for (const [name, value] of Object.entries(source)) {
    if (value === void 0 || /^LOCKBOX_.*KEY/i.test(name)) continue;
    env[name] = value;
  }
  return env;
}
function git(cwd, args) {
  return execFileSync("git", ["-C", cwd, ...args], {
    encoding: "utf8",
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"]
  }).trimEnd();
}

// scripts/lockbox/keys.ts
import { Buffer as Buffer5 } from "node:buffer";
function readText(path, what) {
  return readMetadataText(path, (is) => new UsageError(`Cannot read ${what} as ${path} ${is}`));
}
function loadPublicKeyFile(path) {
  return publicKeyFrom(readText(path, "the public key"), path);
}
function loadSigningKey(keyFile, envValue) {
  if (keyFile) return privateKeyFrom(readText(keyFile, "the signing key"), keyFile);
  if (envValue) return privateKeyFrom(envValue, "LOCKBOX_SIGNING_KEY");
  throw new UsageError(
    "Cannot sign as no private key was given: set LOCKBOX_SIGNING_KEY (PEM text) or pass --key-file <path>"
  );
}
function keygen(o) {
  for (const p of [o.privateKeyPath, o.publicKeyPath]) {
    if (existsSync(p) && !o.force) {
      throw new CheckError(`Cannot write ${p} as it already exists: pass --force`);
    }
  }
  if (!o.force && insideGitWorkTree(dirname2(o.privateKeyPath))) {
    throw new CheckError(
      `Cannot write the private key to ${o.privateKeyPath} as it is inside a git work tree, where it could be committed: choose a path outside the repo, or pass --force`
    );
  }
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  mkdirSync(dirname2(o.privateKeyPath), { recursive: true, mode: 448 });
  writeFileSync(o.privateKeyPath, privateKey.export({ type: "pkcs8", format: "pem" }), {
    mode: 384
  });
  chmodSync(o.privateKeyPath, 384);
  writeFileSync(o.publicKeyPath, publicKey.export({ type: "spki", format: "pem" }));
  if (o.keyringPath) {
    const ring = loadKeyring(o.keyringPath, true);
    addKey(ring, publicKey, o.comment);
    writeFileSync(o.keyringPath, serializeKeyring(ring));
  }
  return fingerprint(publicKey);
}
function insideGitWorkTree(dir) {
  let d = resolve(dir);
  while (!existsSync(d)) d = dirname2(d);
  try {
    return git(d, ["rev-parse", "--is-inside-work-tree"]) === "true";
  } catch {
    return false;
  }
}
function loadKeyring(path, create = false) {
  if (create && !existsSync(path)) return emptyKeyring();
  return parseKeyring(readText(path, "the keyring"), path);
}
function announce(keyringPath, oldKey, newKey, minVersion) {
  if (!SEMVER_RE.test(minVersion)) {
    throw new UsageError(
      `Cannot announce as --min-version must be semver: got ${JSON.stringify(minVersion)}`
    );
  }
  const ring = loadKeyring(keyringPath, true);
  addKey(ring, oldKey);
  addKey(ring, newKey);
  const publicKey = Buffer5.from(spkiDer(newKey)).toString("base64");
  addStatement(ring, { type: "announce", key: fingerprint(newKey), publicKey, minVersion }, oldKey);
  writeFileSync(keyringPath, serializeKeyring(ring));
  return fingerprint(newKey);
}
function revoke(keyringPath, signer, key, validThrough, reason) {
  if (!FINGERPRINT_RE.test(key)) {
    throw new UsageError(
      `Cannot revoke as --key must be sha256:<64 hex>: got ${JSON.stringify(key)}`
    );
  }
  if (validThrough !== null && !SEMVER_RE.test(validThrough)) {
    throw new UsageError(
      `Cannot revoke as --valid-through must be semver: got ${JSON.stringify(validThrough)}`
    );
  }
  const ring = loadKeyring(keyringPath, true);
  addKey(ring, signer);
  addStatement(ring, { type: "revoke", key, validThrough, reason }, signer);
  writeFileSync(keyringPath, serializeKeyring(ring));
}

// scripts/lockbox/pin.ts
import { Buffer as Buffer6 } from "node:buffer";
import { writeFileSync as writeFileSync2 } from "node:fs";
import { join as join4 } from "node:path";
function pin(opts) {
  const { root, privateKey } = opts;
  const problems = [];
  checkKey(root, privateKey, problems);
  const source = readFile(join4(root, VERSION_SOURCE));
  const version = versionIn(new TextDecoder().decode(source));
  if (!version) {
    throw new CheckError(
      `Cannot pin as ${VERSION_SOURCE} must contain a line \`export const VERSION = "<semver>";\``
    );
  }
  const files = {
    [VERSION_SOURCE]: { sha256: sha256Hex(source), bytes: source.length }
  };
  const banners = hashDist(root, version, files, problems);
  const commit = sourceCommit(root, banners, problems);
  checkRepin(root, version, files, fingerprint(privateKey), problems);
  if (problems.length > 0) throw new CheckError(problems.join("\n"));
  const manifest = {
    name: RELEASE_NAME,
    version,
    files,
    source: { commit },
    esbuild: esbuildVersion(root, banners)
  };
  const head = headV2(manifest);
  const text = serializeV2(head, spkiDer(privateKey), signBytes(messageV2(head), privateKey));
  writeFileSync2(join4(root, DIST_DIR, MANIFEST_FILE), text);
  return { manifest, signedBy: fingerprint(privateKey) };
}
function readFile(path) {
  const r = readRegular(path);
  if (r.kind !== "file") throw new CheckError(`Cannot pin as ${path} ${describeKind(r.kind)}`);
  return r.bytes;
}
function checkKey(root, privateKey, problems) {
  const pubPath = join4(root, PUBKEY_FILE);
  const text = readMetadataText(pubPath, (is) => new CheckError(
    `Cannot pin as ${pubPath} ${is}: the release key's public half must be committed there first (lockbox keygen), so no other key can sign by accident`
  ));
  const expected = fingerprint(publicKeyFrom(text, pubPath));
  const actual = fingerprint(privateKey);
  if (expected !== actual) {
    problems.push(
      `the signing key is ${actual} but ${PUBKEY_FILE} is ${expected}: services would reject this signature (use the release key, or rotate ${PUBKEY_FILE} on purpose; see LOCKBOX.md)`
    );
  }
  const ring = readMetadata(join4(root, KEYRING_FILE));
  if (ring.kind === "file") {
    const trust = new Trust([actual]);
    trust.addKeyring(
      parseKeyring(new TextDecoder().decode(ring.bytes), KEYRING_FILE),
      KEYRING_FILE
    );
    problems.push(...trust.problems);
    const version = versionIn(new TextDecoder().decode(readFile(join4(root, VERSION_SOURCE))));
    const refusal = version ? trust.refusal(actual, version) : void 0;
    if (refusal) problems.push(`${KEYRING_FILE}: ${refusal}`);
  }
}
function hashDist(root, version, files, problems) {
  const dist = join4(root, DIST_DIR);
  const banners = /* @__PURE__ */ new Map();
  const entries = listEntries(dist).filter((e) => e.name !== MANIFEST_FILE);
  if (entries.length === 0) {
    throw new CheckError(`Cannot pin as ${dist} is empty: run npm run build`);
  }
  for (const { name, kind } of entries) {
    if (kind !== "file") {
      problems.push(`${DIST_DIR}/${name} ${describeKind(kind)}: dist/ holds regular files only`);
      continue;
    }
    const bytes = readFile(join4(dist, name));
    files[`${DIST_DIR}/${name}`] = { sha256: sha256Hex(bytes), bytes: bytes.length };
    const text = isText(bytes) ? new TextDecoder().decode(bytes) : "";
    for (const other of declaredVersions(text).filter((v) => v !== version)) {
      problems.push(
        `${DIST_DIR}/${name} declares version ${JSON.stringify(other)} but ${VERSION_SOURCE} has ${JSON.stringify(version)}: rebuild (npm run build) before pinning`
      );
    }
    const head = text.slice(0, 2e3);
    const commit = head.match(/^\/\/ source commit: (\S+)$/m)?.[1];
    if (commit && commit !== "unknown") banners.set(name, commit);
    const esb = head.match(/esbuild[ @v]*(\d+\.\d+\.\d+)/)?.[1];
    if (esb) banners.set(`esbuild:${name}`, esb);
  }
  return banners;
}
function sourceCommit(root, banners, problems) {
  const commits = new Set(
    [...banners].filter(([k]) => !k.startsWith("esbuild:")).map(([, v]) => v)
  );
  for (const c of commits) {
    if (c.endsWith("+dirty")) {
      problems.push(
        `dist/ was built from uncommitted changes (source commit ${c}): commit, rebuild, then pin`
      );
    }
  }
  if (commits.size > 1) {
    problems.push(`dist/ mixes builds from several commits (${[...commits].join(", ")}): rebuild`);
  }
  try {
    if (git(root, ["status", "--porcelain", "--", VERSION_SOURCE]) !== "") {
      problems.push(
        `${VERSION_SOURCE} has uncommitted changes: commit the VERSION bump first, so source.commit holds the pinned source`
      );
    }
    return commits.size === 1 ? [...commits][0] : git(root, ["rev-parse", "HEAD"]);
  } catch (e) {
    problems.push(`cannot read the source commit with git in ${root}: ${e.message}`);
    return "";
  }
}
function checkRepin(root, version, files, signer, problems) {
  const path = join4(root, DIST_DIR, MANIFEST_FILE);
  const r = readMetadata(path);
  if (r.kind !== "file") return;
  let previous;
  let previousKey;
  try {
    const env = openEnvelope(r.bytes, path);
    previous = env.body();
    previousKey = env.publicKey ? `sha256:${sha256Hex(Buffer6.from(env.publicKey, "base64"))}` : env.keyHint;
  } catch {
    return;
  }
  if (previous.version !== version) return;
  if (previousKey !== signer) {
    problems.push(
      `Cannot re-pin version ${JSON.stringify(version)} as it is already released, signed by ${previousKey}: two genuine manifests for one version would exist; bump VERSION`
    );
  }
  const changed = diffPins(previous.files, files);
  if (changed.length > 0) {
    problems.push(
      `Cannot re-pin version ${JSON.stringify(version)} as ${path} already pins different bytes under it (${changed.join("; ")}): bump VERSION in ${VERSION_SOURCE}, commit, rebuild, then pin`
    );
  }
}
function diffPins(before, after) {
  const out = [];
  for (const k of /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!before[k]) out.push(`${k} added`);
    else if (!after[k]) out.push(`${k} removed`);
    else if (before[k].sha256 !== after[k].sha256) out.push(`${k} changed`);
  }
  return out.sort();
}
function esbuildVersion(root, banners) {
  const pkg = readRegular(join4(root, "node_modules", "esbuild", "package.json"));
  if (pkg.kind === "file") {
    const v = JSON.parse(new TextDecoder().decode(pkg.bytes)).version;
    if (typeof v === "string") return v;
  }
  return [...banners].find(([k]) => k.startsWith("esbuild:"))?.[1] ?? null;
}

// scripts/lockbox/vendor.ts
import { copyFileSync, existsSync as existsSync2, mkdirSync as mkdirSync2, readFileSync as readFileSync2, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import { basename as basename3, dirname as dirname3, join as join5 } from "node:path";
function vendor(opts) {
  const show = opts.show ?? ((p) => p);
  const dist = existsSync2(join5(opts.from, MANIFEST_FILE)) ? opts.from : join5(opts.from, DIST_DIR);
  const root = dirname3(dist);
  const expectKeys = opts.expectKeys?.length ? opts.expectKeys : [rootAnchor(root, show)];
  const release = verifyDir({ dir: dist, expectKeys, show });
  if (release.problems.length > 0) {
    throw new CheckError(
      [...release.problems, `Cannot vendor from ${show(dist)} as the release does not verify`].join("\n")
    );
  }
  const manifest = release.manifest;
  const selection = vendorSelection(manifest, opts.runtimes);
  checkSelection(selection, opts.runtimes);
  if (entryKind(opts.serviceDir) !== "directory") {
    throw new UsageError(`Cannot vendor into ${show(opts.serviceDir)} as it is not a directory`);
  }
  const target = join5(opts.serviceDir, ...VENDOR_SUBDIR.split("/"));
  checkDowngrade(target, manifest.version, opts.allowDowngrade === true, show);
  rmSync(target, { recursive: true, force: true });
  mkdirSync2(target, { recursive: true });
  for (const key of selection) copyFileSync(join5(root, key), join5(target, basename3(key)));
  copyFileSync(join5(dist, MANIFEST_FILE), join5(target, MANIFEST_FILE));
  writeFileSync3(join5(target, GITATTRIBUTES_FILE), GITATTRIBUTES_TEXT);
  writeFileSync3(join5(target, VENDOR_MARKER_FILE), markerText(opts.runtimes));
  const written = [...selection.map((k) => basename3(k)), MANIFEST_FILE, GITATTRIBUTES_FILE];
  written.push(VENDOR_MARKER_FILE);
  if (entryKind(join5(root, KEYRING_FILE)) === "file") {
    copyFileSync(join5(root, KEYRING_FILE), join5(target, KEYRING_FILE));
    written.push(KEYRING_FILE);
  }
  const notes = [...denoExclusion(opts.serviceDir, opts.runtimes)];
  return { target, version: manifest.version, files: written.sort(), notes };
}
function rootAnchor(root, show) {
  const path = join5(root, PUBKEY_FILE);
  const text = readMetadataText(path, (is) => new CheckError(
    `Cannot vendor as ${show(path)} ${is}: vendor checks the release signature with the platform's ${PUBKEY_FILE}, or pass --expect-key sha256:<64 hex>`
  ));
  return fingerprint(publicKeyFrom(text, show(path)));
}
function checkSelection(selection, runtimes) {
  const names = new Set(selection.map((k) => basename3(k)));
  const lacking = [...runtimes.map((r) => `observability.${r}.mjs`), ...COMMON_VENDOR_FILES].filter((n) => !names.has(n));
  if (lacking.length > 0) {
    throw new CheckError(
      `Cannot vendor runtime ${runtimes.join(",")} as the release pins no ${lacking.join(", ")}`
    );
  }
}
function checkDowngrade(target, version, allowed, show) {
  const r = readMetadata(join5(target, MANIFEST_FILE));
  if (r.kind !== "file") return;
  let current;
  try {
    current = openEnvelope(r.bytes, MANIFEST_FILE).body().version;
  } catch {
    return;
  }
  if (compareSemver(version, current) < 0 && !allowed) {
    throw new CheckError(
      `ROLLBACK Cannot vendor ${version} into ${show(target)} as it holds ${current}, a newer release: pass --allow-downgrade if going back is intended`
    );
  }
}
function* denoExclusion(serviceDir, runtimes) {
  const snippet = `"exclude": ["${VENDOR_SUBDIR}/"]`;
  const configName = ["deno.json", "deno.jsonc"].find((n) => existsSync2(join5(serviceDir, n)));
  if (!configName) {
    if (runtimes.includes("deno")) {
      yield `no deno.json in the service: when you add one, include ${snippet} so deno fmt and deno lint never rewrite the vendored files`;
    }
    return;
  }
  const path = join5(serviceDir, configName);
  let config;
  try {
    config = JSON.parse(readFileSync2(path, "utf8"));
  } catch {
    yield `${configName} is not plain JSON (comments?), so it was left alone: add ${snippet} to it yourself so deno fmt and deno lint never rewrite the vendored files`;
    return;
  }
  const covers = (list) => Array.isArray(list) && list.some(
    (p) => typeof p === "string" && ["vendor", "vendor/", VENDOR_SUBDIR, `${VENDOR_SUBDIR}/`].includes(p.replace(/^\.\//, ""))
  );
  if (covers(config.exclude)) return;
  const exclude = Array.isArray(config.exclude) ? config.exclude : [];
  config.exclude = [...exclude, `${VENDOR_SUBDIR}/`];
  writeFileSync3(path, JSON.stringify(config, null, 2) + "\n");
  yield `updated ${configName}: added "${VENDOR_SUBDIR}/" to "exclude" so deno fmt and deno lint never rewrite the vendored files (commit this change too)`;
}

// scripts/lockbox/help.ts
var ANCHOR = `  --expect-key sha256:<64 hex>  trust anchor: the full fingerprint of a release key
                    (\`lockbox fingerprint lockbox.pub\`); repeat it during a rotation`;
var HELP = {
  main: `lockbox \u2014 pin, sign, vendor and verify releases of the observability module

Usage: lockbox <command> [options]     (npm run lockbox -- \u2026, or node dist/lockbox.mjs \u2026)

Commands:
  keygen       create an Ed25519 key pair for signing releases (maintainers)
  fingerprint  print a public key's sha256:<64 hex> fingerprint (the --expect-key value)
  pin          hash observability.ts and dist/*, sign, write dist/${MANIFEST_FILE} (maintainers)
  vendor       copy a verified release into <service>/${VENDOR_SUBDIR}/ (service engineers)
  verify       check a vendored folder or dist/ against its signed manifest (CI)
  diff         show which lines of a vendored file differ from the pristine release
  announce     sign, with the old key, a statement that a new key takes over (rotation)
  revoke       sign a revocation of a key, fully or for releases after a version

Run \`lockbox <command> --help\` for options. Exit codes: 0 ok, 1 check failed, 2 usage error.
See LOCKBOX.md.`,
  keygen: `Usage: lockbox keygen --private-key <path> [--public-key <path>] [--keyring <path>]
                      [--comment <text>] [--force]

Creates an Ed25519 key pair: the private key as PEM PKCS#8 with mode 0600, the public key as
PEM SPKI; prints the fingerprint, never the private key.

Options:
  --private-key <path>  where to write the private key (required; refused inside a git work tree
                        unless --force, so it cannot be committed by accident)
  --public-key <path>   where to write the public key (default: ${PUBKEY_FILE})
  --keyring <path>      also add the public key to this keyring file (e.g. ${KEYRING_FILE})
  --comment <text>      note stored with the key in the keyring
  --force               overwrite existing files / allow a private key inside a git work tree
  -h, --help            show this help`,
  fingerprint: `Usage: lockbox fingerprint [public-key]

Prints sha256:<64 hex> over the key's SPKI DER: the value services put in --expect-key.

Arguments:
  public-key   PEM SPKI file (default: ${PUBKEY_FILE})`,
  pin: `Usage: lockbox pin [--root <platform repo>] [--key-file <path>]

Writes <root>/${DIST_DIR}/${MANIFEST_FILE} (format v2: the signature covers its exact bytes):
version (VERSION in observability.ts), sha256 and size of observability.ts and of every file in
${DIST_DIR}/, source commit, esbuild version, signature. Refuses (exit 1) without <root>/${PUBKEY_FILE},
with a key that is not ${PUBKEY_FILE} or that ${KEYRING_FILE} revoked, for a version already
released with other bytes or by another key, and for a stale, dirty or mixed build.

Options:
  --root <dir>       platform repo root (default: the repo this CLI belongs to)
  --key-file <path>  PEM PKCS#8 Ed25519 private key (default: env LOCKBOX_SIGNING_KEY, PEM text);
                     never passed on to a child process
  -h, --help         show this help`,
  vendor: `Usage: lockbox vendor <service-dir> [--runtime node|bun|deno|all] [--from <dir>]
                      [--expect-key sha256:<64 hex>]... [--allow-downgrade]

Verifies the release (signature with the platform's ${PUBKEY_FILE} unless --expect-key is
given), then replaces <service-dir>/${VENDOR_SUBDIR}/ with: the runtime bundle(s),
${COMMON_VENDOR_FILES.join(", ")}, ${MANIFEST_FILE}, ${KEYRING_FILE}, ${GITATTRIBUTES_FILE} and
${VENDOR_MARKER_FILE}. Refuses to replace a newer release with an older one. Adds the folder to
a plain-JSON deno.json's "exclude".

Options:
  --runtime <rt>      node, bun, deno or all (default: all)
  --from <dir>        platform repo root or its ${DIST_DIR}/ (default: the repo this CLI belongs to)
${ANCHOR}
  --allow-downgrade   allow vendoring an older release than the one there
  -h, --help          show this help`,
  verify: `Usage: lockbox verify [dir] --expect-key sha256:<64 hex>... [--min-version X.Y.Z]
                      [--pubkey <path>]... [--keyring <path>]...

Checks, in this order: the manifest is a regular file, exactly as signed (no re-serialisation,
no duplicate keys, nothing after the signature); the signature is by a trusted key (an anchor,
or a key an anchor announced) that is not revoked for this version; the version is not older
than --min-version; then every pinned file (regular files only: lstat, symlinks refused),
nothing extra. Prints one line per problem to stderr and exits 1; one OK line and exit 0 when
everything matches. Without --expect-key it refuses to run (exit 2).

Arguments and options:
  dir                 folder holding ${MANIFEST_FILE} (default: ${VENDOR_SUBDIR})
${ANCHOR}
  --min-version X.Y.Z refuse older releases (rollback)
  --pubkey <path>     public key file; must be one of the --expect-key anchors
  --keyring <path>    keyring with public keys, announcements, revocations (also read:
                      <dir>/${KEYRING_FILE} and <dir>/../${KEYRING_FILE})
  -h, --help          show this help`,
  diff: `Usage: lockbox diff [dir] --pristine <path>

For each pinned file in <dir> whose bytes differ from the pin, names cosmetic changes (byte-order
mark, CRLF/LF, final newline) and prints the changed lines with 3 lines of context, after
normalising those. Exit 0 when nothing differs, 1 when something does. Does not check the
signature: use verify for that.

Arguments and options:
  dir               vendored folder or release directory (default: ${VENDOR_SUBDIR})
  --pristine <path> platform repo root, its ${DIST_DIR}/, or another vendored folder of the same
                    release (required)
  -h, --help        show this help`,
  announce: `Usage: lockbox announce --new-pubkey <path> --min-version X.Y.Z [--key-file <old key>]
                        [--keyring <path>]

Signs with the OLD key a statement that the new key signs releases from X.Y.Z on, and adds it to
the keyring (default: ${KEYRING_FILE} of this repo). Services whose CI trusts the old key then
accept the new key's releases without trusting a stranger.

Options:
  --new-pubkey <path>  the new public key (PEM SPKI)
  --min-version X.Y.Z  first release the new key may sign
  --key-file <path>    the old private key (default: env LOCKBOX_SIGNING_KEY)
  --keyring <path>     keyring file to update`,
  revoke: `Usage: lockbox revoke --key sha256:<64 hex> --reason <text> [--valid-through X.Y.Z]
                      [--key-file <signer>] [--keyring <path>]

Signs a revocation of a key (with that key or any key the verifier trusts) and adds it to the
keyring: without --valid-through nothing it signed is accepted any more; with it, releases up to
X.Y.Z still are (a key that was lost, not compromised).

Options:
  --key sha256:<64 hex>  the key to revoke
  --reason <text>        why (shown by verify)
  --valid-through X.Y.Z  last release the key may have signed
  --key-file <path>      signing key (default: env LOCKBOX_SIGNING_KEY)
  --keyring <path>       keyring file to update`
};

// scripts/lockbox/cli.ts
var anchorOptions = { "expect-key": { type: "string", multiple: true } };
var COMMANDS = {
  keygen: {
    options: {
      "private-key": { type: "string" },
      "public-key": { type: "string" },
      keyring: { type: "string" },
      comment: { type: "string" },
      force: { type: "boolean" }
    },
    maxPositionals: 0,
    run: runKeygen
  },
  fingerprint: { options: {}, maxPositionals: 1, run: runFingerprint },
  pin: {
    options: { root: { type: "string" }, "key-file": { type: "string" } },
    maxPositionals: 0,
    run: runPin
  },
  vendor: {
    options: {
      runtime: { type: "string" },
      from: { type: "string" },
      "allow-downgrade": { type: "boolean" },
      ...anchorOptions
    },
    maxPositionals: 1,
    run: runVendor
  },
  verify: {
    options: {
      ...anchorOptions,
      "min-version": { type: "string" },
      pubkey: { type: "string", multiple: true },
      keyring: { type: "string", multiple: true }
    },
    maxPositionals: 1,
    run: runVerify
  },
  diff: { options: { pristine: { type: "string" } }, maxPositionals: 1, run: runDiff },
  announce: {
    options: {
      "key-file": { type: "string" },
      "new-pubkey": { type: "string" },
      "min-version": { type: "string" },
      keyring: { type: "string" }
    },
    maxPositionals: 0,
    run: runAnnounce
  },
  revoke: {
    options: {
      "key-file": { type: "string" },
      key: { type: "string" },
      "valid-through": { type: "string" },
      reason: { type: "string" },
      keyring: { type: "string" }
    },
    maxPositionals: 0,
    run: runRevoke
  }
};
function required(ctx, name, command) {
  const v = stringOpt(ctx.args.values, name);
  if (!v) {
    throw new UsageError(
      `Cannot run ${command} as --${name} is required
Run \`lockbox ${command} --help\` for usage`
    );
  }
  return v;
}
function anchors(ctx, command, needed) {
  const keys = listOpt(ctx.args.values, "expect-key");
  for (const k of keys) {
    if (!FINGERPRINT_RE.test(k)) {
      throw new UsageError(
        `Cannot run ${command} as --expect-key must be sha256:<64 hex digits> (the full fingerprint, from \`lockbox fingerprint lockbox.pub\`): got ${JSON.stringify(k)}`
      );
    }
  }
  if (needed && keys.length === 0) {
    throw new UsageError(
      `Cannot run ${command} as no trust anchor was given: pass --expect-key sha256:<64 hex> (written in your CI definition; repeat it during a key rotation). A public key file next to the release is never trusted by itself`
    );
  }
  return keys;
}
function runKeygen(ctx) {
  const priv = ctx.at(required(ctx, "private-key", "keygen"));
  const pub = ctx.at(stringOpt(ctx.args.values, "public-key") ?? PUBKEY_FILE);
  const ring = stringOpt(ctx.args.values, "keyring");
  const fp = keygen({
    privateKeyPath: priv,
    publicKeyPath: pub,
    keyringPath: ring === void 0 ? void 0 : ctx.at(ring),
    comment: stringOpt(ctx.args.values, "comment"),
    force: ctx.args.values.force === true
  });
  ctx.io.out(
    `lockbox keygen: wrote private key ${ctx.show(priv)} (0600, never commit it) and public key ${ctx.show(pub)}${ring ? `, added to ${ctx.show(ctx.at(ring))}` : ""}; key ${fp}`
  );
  return EXIT.ok;
}
function runFingerprint(ctx) {
  const path = ctx.at(ctx.args.positionals[0] ?? PUBKEY_FILE);
  ctx.io.out(fingerprint(loadPublicKeyFile(path)));
  return EXIT.ok;
}
function runPin(ctx) {
  const root = ctx.at(stringOpt(ctx.args.values, "root") ?? ctx.io.home);
  const keyFile = stringOpt(ctx.args.values, "key-file");
  const key = loadSigningKey(keyFile && ctx.at(keyFile), ctx.io.env.LOCKBOX_SIGNING_KEY);
  const { manifest: m, signedBy } = pin({ root, privateKey: key });
  ctx.io.out(
    `lockbox pin: ${m.name} ${m.version} \u2014 ${Object.keys(m.files).length} files, commit ${m.source.commit.slice(0, 12)}, esbuild ${m.esbuild ?? "unknown"}, signed by ${signedBy} \u2192 ${ctx.show(join6(root, DIST_DIR, MANIFEST_FILE))}`
  );
  return EXIT.ok;
}
function parseRuntimes(value) {
  if (value === "all") return [...RUNTIMES];
  if (RUNTIMES.includes(value)) return [value];
  throw new UsageError(
    `Cannot vendor for runtime ${JSON.stringify(value)} as it must be one of ${[...RUNTIMES, "all"].join(", ")}`
  );
}
function runVendor(ctx) {
  const service = ctx.args.positionals[0];
  if (!service) {
    throw new UsageError(
      "Cannot vendor as <service-dir> is required\nRun `lockbox vendor --help` for usage"
    );
  }
  const r = vendor({
    serviceDir: ctx.at(service),
    from: ctx.at(stringOpt(ctx.args.values, "from") ?? ctx.io.home),
    runtimes: parseRuntimes(stringOpt(ctx.args.values, "runtime") ?? "all"),
    expectKeys: anchors(ctx, "vendor", false),
    allowDowngrade: ctx.args.values["allow-downgrade"] === true,
    show: ctx.show
  });
  for (const note of r.notes) ctx.io.err(`lockbox vendor: note: ${note}`);
  ctx.io.out(
    `lockbox vendor: wrote ${r.version}: ${r.files.join(", ")} to ${ctx.show(r.target)}; commit the folder, then run \`lockbox verify ${ctx.show(r.target)} --expect-key \u2026 --min-version ${r.version}\` in CI`
  );
  return EXIT.ok;
}
function runVerify(ctx) {
  const expectKeys = anchors(ctx, "verify", true);
  const minVersion = stringOpt(ctx.args.values, "min-version");
  if (minVersion !== void 0 && !SEMVER_RE.test(minVersion)) {
    throw new UsageError(
      `Cannot verify as --min-version must be semver: got ${JSON.stringify(minVersion)}`
    );
  }
  const dir = ctx.at(ctx.args.positionals[0] ?? VENDOR_SUBDIR);
  const r = verifyDir({
    dir,
    expectKeys,
    minVersion,
    pubkeyPaths: listOpt(ctx.args.values, "pubkey").map(ctx.at),
    keyringPaths: listOpt(ctx.args.values, "keyring").map(ctx.at),
    show: ctx.show
  });
  if (r.problems.length > 0) {
    for (const p of r.problems) ctx.io.err(p);
    const what = r.manifest ? ` (${r.manifest.name} ${r.manifest.version})` : "";
    ctx.io.err(
      `lockbox verify: FAILED \u2014 ${r.problems.length} problem(s) in ${ctx.show(dir)}${what}; see LOCKBOX.md "When verify fails"`
    );
    return EXIT.failed;
  }
  ctx.io.out(
    `lockbox verify: OK ${r.manifest.name} ${r.manifest.version} \u2014 ${r.checkedFiles} files match ${MANIFEST_FILE}, signature by ${r.signedBy} (${ctx.show(dir)})`
  );
  return EXIT.ok;
}
function runDiff(ctx) {
  const pristine = required(ctx, "pristine", "diff");
  const dir = ctx.at(ctx.args.positionals[0] ?? VENDOR_SUBDIR);
  return diffCommand(dir, ctx.at(pristine), ctx.io, ctx.show);
}
function runAnnounce(ctx) {
  const oldKey = loadSigningKey(
    stringOpt(ctx.args.values, "key-file") && ctx.at(stringOpt(ctx.args.values, "key-file")),
    ctx.io.env.LOCKBOX_SIGNING_KEY
  );
  const newKey = loadPublicKeyFile(ctx.at(required(ctx, "new-pubkey", "announce")));
  const ring = ctx.at(stringOpt(ctx.args.values, "keyring") ?? join6(ctx.io.home, KEYRING_FILE));
  const minVersion = required(ctx, "min-version", "announce");
  const fp = announce(ring, oldKey, newKey, minVersion);
  ctx.io.out(
    `lockbox announce: ${fingerprint(oldKey)} vouches for ${fp} (releases from ${minVersion}) in ${ctx.show(ring)}`
  );
  return EXIT.ok;
}
function runRevoke(ctx) {
  const signer = loadSigningKey(
    stringOpt(ctx.args.values, "key-file") && ctx.at(stringOpt(ctx.args.values, "key-file")),
    ctx.io.env.LOCKBOX_SIGNING_KEY
  );
  const key = required(ctx, "key", "revoke");
  const through = stringOpt(ctx.args.values, "valid-through") ?? null;
  const ring = ctx.at(stringOpt(ctx.args.values, "keyring") ?? join6(ctx.io.home, KEYRING_FILE));
  revoke(ring, signer, key, through, required(ctx, "reason", "revoke"));
  ctx.io.out(
    `lockbox revoke: ${key} ${through ? `valid for releases up to ${through} only` : "revoked"}, signed by ${fingerprint(signer)} in ${ctx.show(ring)}`
  );
  return EXIT.ok;
}
async function run(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    (name === void 0 ? io.err : io.out)(HELP.main);
    return name === void 0 ? EXIT.usage : EXIT.ok;
  }
  try {
    const command = COMMANDS[name];
    if (!command || !Object.hasOwn(COMMANDS, name)) {
      throw new UsageError(
        `Cannot run ${JSON.stringify(name)} as it is not a command: use ${Object.keys(COMMANDS).join(", ")}
Run \`lockbox --help\` for usage`
      );
    }
    const args = parseCommand(`lockbox ${name}`, rest, command.options, command.maxPositionals);
    if (args.values.help) {
      io.out(HELP[name]);
      return EXIT.ok;
    }
    return await command.run({ io, args, at: (p) => resolve2(io.cwd, p), show: shower(io.cwd) });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lockbox ${name}: ${e.message}`);
      return EXIT.usage;
    }
    if (e instanceof CheckError) {
      for (const line of e.message.split("\n")) io.err(`lockbox ${name}: ${line}`);
      return EXIT.failed;
    }
    throw e;
  }
}
function shower(cwd) {
  return (p) => {
    const rel = relative(cwd, p);
    if (rel === "") return ".";
    return rel.startsWith("..") || isAbsolute(rel) ? p : rel.split(sep).join("/");
  };
}

// scripts/lockbox.ts
function defaultIo() {
  const env = readEnv(["LOCKBOX_SIGNING_KEY", "INIT_CWD"]);
  try {
    delete process3.env.LOCKBOX_SIGNING_KEY;
  } catch {
  }
  const here = import.meta.url.startsWith("file:") ? fileURLToPath(import.meta.url) : "";
  return {
    out: (line) => writeLine(1, line),
    err: (line) => writeLine(2, line),
    env,
    // npm run changes the cwd to the repo root; INIT_CWD is where the user was.
    cwd: env.INIT_CWD ?? process3.cwd(),
    // scripts/lockbox.ts and dist/lockbox.mjs both sit one level below the repo root.
    home: here ? dirname4(dirname4(here)) : process3.cwd()
  };
}
function isMain() {
  const meta = import.meta;
  if (typeof meta.main === "boolean") return meta.main;
  return import.meta.url.startsWith("file:") && process3.argv[1] !== void 0 && resolve3(process3.argv[1]) === fileURLToPath(import.meta.url);
}
if (isMain()) {
  process3.exitCode = await run(process3.argv.slice(2), defaultIo());
}
export {
  run
};
