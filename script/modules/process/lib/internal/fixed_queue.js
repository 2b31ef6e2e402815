'use strict';

// A first-in first-out queue for the stream and event iterators: items sit
// in a plain array read from a moving front index; the array is compacted
// when the consumed part outweighs the live part, so push and shift stay
// O(1) amortised without shifting the array on every read.

class FixedQueue {
  constructor() {
    this.items = [];
    this.front = 0;
  }

  isEmpty() {
    return this.front === this.items.length;
  }

  get length() {
    return this.items.length - this.front;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const items = this.items;
    const at = this.front;
    if (at === items.length) return undefined;
    const item = items[at];
    items[at] = undefined;
    if (at + 1 === items.length) {
      items.length = 0;
      this.front = 0;
    } else if (at >= 1024 && at * 2 >= items.length) {
      this.items = items.slice(at + 1);
      this.front = 0;
    } else {
      this.front = at + 1;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.front = 0;
  }
}

module.exports = FixedQueue;
