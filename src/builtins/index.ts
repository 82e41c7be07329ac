// Loads every builtins file for its side effects (declarations via define.ts), in a fixed order so
// that native indices agree across workers. Add one line per new file.
import './define.js';
import './codecs.js';
import './float.js';
import './formatting.js';
import './int.js';
import './io.js';
import './list.js';
import './tuple.js';
import './range-slice.js';
import './mod-math.js';
import './mod-sys.js';
import './mod-time.js';
import './mod-random.js';
import './dict.js';
import './set.js';
import './str.js';
import './bytes.js';
import './object.js';
import './exceptions.js';
import './iterators.js';
import './functions.js';
import './callables.js';
import './mod-thread.js';
import './mod-gil.js';
import './mod-heapq.js';
import './mod-hashlib.js';
