// In-page helpers for the benchmark, injected into every page (app and baselines) before its own scripts.
// "Painted" means: the first animation frame after the change has run its rendering steps. A rAF callback
// runs before that frame's style, layout and paint, so the time is taken in a message posted from it,
// which runs once the frame is done.
(() => {
  // True from the first rAF callback of a frame until that frame has rendered.
  let rendering = false;
  const nativeRaf = window.requestAnimationFrame.bind(window);
  const endOfFrame = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn(performance.now());
    channel.port2.postMessage(null);
  };
  window.requestAnimationFrame = (callback) =>
    nativeRaf((time) => {
      if (!rendering) {
        rendering = true;
        endOfFrame(() => {
          rendering = false;
        });
      }
      callback(time);
    });

  /** Resolves with the time the frame that first shows `cond()` true has been painted (polls once a frame). */
  function afterPaint(cond, timeout = 120_000) {
    return new Promise((resolve, reject) => {
      const begun = performance.now();
      const tick = () => {
        let ok = false;
        try {
          ok = cond();
        } catch {}
        if (ok) endOfFrame(resolve);
        else if (performance.now() - begun > timeout) reject(new Error(`no paint within ${timeout} ms`));
        else nativeRaf(tick);
      };
      nativeRaf(tick);
    });
  }

  /** Time painted after the first DOM change under `root` for which `cond()` holds. */
  function afterMutation(root, cond = () => true, timeout = 120_000) {
    return frameAfterMutation(root, cond, timeout).then(({ painted }) => painted);
  }

  /** Both times for the first DOM change under `root` where `cond()` holds: its frame's rAF, and that frame painted. */
  function frameAfterMutation(root, cond, timeout) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no DOM change within ${timeout} ms`));
      }, timeout);
      const observer = new MutationObserver(() => {
        if (!cond()) return;
        observer.disconnect();
        clearTimeout(timer);
        // A change made inside a rAF callback is painted at the end of this frame; otherwise in the next.
        const inFrame = (raf) => endOfFrame((painted) => resolve({ raf, painted }));
        if (rendering) inFrame(performance.now());
        else nativeRaf(() => inFrame(performance.now()));
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }

  /**
   * Arms a key→paint measurement: from the next keydown (capture phase) to the first rAF after the DOM change it
   * causes, and to that frame painted. Resolves window.__benchKey with { raf, painted } in ms.
   */
  function armKey(root, timeout = 15_000) {
    let down;
    const onKey = () => {
      if (down === undefined) down = performance.now();
    };
    window.addEventListener('keydown', onKey, true);
    window.__benchKey = frameAfterMutation(root, () => down !== undefined, timeout).then(
      ({ raf, painted }) => ({ raf: raf - down, painted: painted - down }),
      (error) => `${error}`,
    );
    window.__benchKey.finally(() => window.removeEventListener('keydown', onKey, true));
  }

  /**
   * Arms an event→paint measurement: from the next `type` event (capture phase, e.g. the search box's input or a
   * button's click) to the paint of the first frame where `cond()` holds. The result lands in window.__benchEvent.
   */
  function armEvent(type, cond, timeout = 60_000) {
    let begun;
    const onEvent = () => {
      if (begun === undefined) begun = performance.now();
    };
    window.addEventListener(type, onEvent, true);
    window.__benchEvent = afterPaint(() => begun !== undefined && cond(), timeout).then(
      (time) => time - begun,
      (error) => `${error}`,
    );
    window.__benchEvent.finally(() => window.removeEventListener(type, onEvent, true));
  }

  /**
   * Resolves once the page has been quiet for a while: at least `least` ms, the last two idle periods with 10 ms
   * or more to spare (at most `timeout` ms). Timed right after a page loaded, or right after another page
   * closed, an open shared the two cores with the tail of that start or teardown (in this process or
   * another): the same open took 35 or 70 ms by turns. With 300 ms of calm first, five opens agree within
   * a few ms, for the app and the baselines alike.
   */
  function settle(least = 300, timeout = 2_000) {
    const begun = performance.now();
    return new Promise((resolve) => {
      let calm = 0;
      const check = (deadline) => {
        calm = deadline.timeRemaining() >= 10 ? calm + 1 : 0;
        const waited = performance.now() - begun;
        if ((calm >= 2 && waited >= least) || waited > timeout) resolve(waited);
        else requestIdleCallback(check);
      };
      requestIdleCallback(check);
    });
  }

  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  /**
   * Opens an IndexedDB database as it is. With `create` (store name → { keyPath, indexes }), creates those stores when
   * the database is new; without it, the database must already have its stores (the app creates its own).
   */
  async function openDb(name, create) {
    if (!create) {
      const known = await indexedDB.databases();
      if (!known.some((db) => db.name === name)) throw new Error(`IndexedDB "${name}" does not exist yet`);
    }
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => {
      for (const [store, { keyPath, indexes = [] }] of Object.entries(create ?? {})) {
        const os = open.result.createObjectStore(store, { keyPath });
        // '*name' is a multi-entry index, as in Dexie's schema syntax.
        for (const index of indexes)
          os.createIndex(index.replace('*', ''), index.replace('*', ''), {
            multiEntry: index.startsWith('*'),
          });
      }
    };
    return request(open);
  }

  /** Puts records ({ store: records[] }) in one readwrite transaction; resolves with its duration in ms. */
  async function put(name, stores, create) {
    const db = await openDb(name, create);
    try {
      const begun = performance.now();
      const tx = db.transaction(Object.keys(stores), 'readwrite');
      for (const [store, records] of Object.entries(stores)) {
        const os = tx.objectStore(store);
        for (const record of records) os.put(record);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
      });
      return performance.now() - begun;
    } finally {
      db.close();
    }
  }

  /** Every record of each store, read in one transaction: { store: records[] }. */
  async function getAll(name, stores) {
    const db = await openDb(name);
    try {
      const tx = db.transaction(stores);
      const all = await Promise.all(stores.map((store) => request(tx.objectStore(store).getAll())));
      return Object.fromEntries(stores.map((store, i) => [store, all[i]]));
    } finally {
      db.close();
    }
  }

  async function count(name, store) {
    const db = await openDb(name);
    try {
      return await request(db.transaction(store).objectStore(store).count());
    } finally {
      db.close();
    }
  }

  /** Scrolls `element` down at `speed` px/s for `ms`, from rAF to rAF; returns every frame's timestamp. */
  function scroll(element, ms = 2000, speed = 5000) {
    return new Promise((resolve) => {
      const stamps = [];
      let begun;
      const step = (time) => {
        begun ??= time;
        stamps.push(time);
        element.scrollTop = ((time - begun) / 1000) * speed;
        if (time - begun < ms) nativeRaf(step);
        else
          resolve({ stamps, scrolled: element.scrollTop, max: element.scrollHeight - element.clientHeight });
      };
      nativeRaf(step);
    });
  }

  /**
   * How many articles a library list shows: a windowed list renders only the rows in view and gives the
   * list's length on them (aria-setsize); a plain list has every row.
   */
  function listSize(list) {
    const size = list?.firstElementChild?.getAttribute('aria-setsize');
    return size ? Number(size) : (list?.childElementCount ?? 0);
  }

  const fetchJson = (url) =>
    fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json();
    });

  window.__bench = {
    afterPaint,
    afterMutation,
    armKey,
    armEvent,
    openDb,
    put,
    count,
    getAll,
    scroll,
    listSize,
    fetchJson,
    endOfFrame,
    settle,
  };

  // ?benchItems=N on a page's URL: time from navigation start to the paint of a library list of N items.
  const items = Number(new URLSearchParams(location.search).get('benchItems'));
  if (items > 0) {
    window.__benchList = afterPaint(
      // Counting the list's children, not matching 10,000 items against a selector every frame.
      () => listSize(document.querySelector('[data-testid="library-list"]')) >= items,
    );
  }
})();
