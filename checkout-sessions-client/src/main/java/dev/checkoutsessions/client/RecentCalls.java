package dev.checkoutsessions.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A small lock-free ring of the latest call outcomes: written on every call, read only by
 * health checks.
 */
final class RecentCalls {

	private final AtomicReferenceArray<RecentCall> ring;

	private final AtomicLong written = new AtomicLong();

	RecentCalls(int capacity) {
		this.ring = new AtomicReferenceArray<>(capacity);
	}

	void record(RecentCall call) {
		long index = this.written.getAndIncrement();
		this.ring.set((int) (index % this.ring.length()), call);
	}

	List<RecentCall> snapshot() {
		List<RecentCall> calls = new ArrayList<>(this.ring.length());
		for (int i = 0; i < this.ring.length(); i++) {
			RecentCall call = this.ring.get(i);
			if (call != null) {
				calls.add(call);
			}
		}
		calls.sort(java.util.Comparator.comparing(RecentCall::finishedAt));
		return calls;
	}

}
