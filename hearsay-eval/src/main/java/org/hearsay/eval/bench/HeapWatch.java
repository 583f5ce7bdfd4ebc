package org.hearsay.eval.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Tracks heap use through GC notifications. Heap use only grows between collections, so the
 * largest "before GC" total is the peak; the largest "after GC" total is the most the program
 * ever kept (models plus the working set of the article in flight), a better guide to the
 * {@code -Xmx} a system needs than the peak, which depends on how lazily the collector runs.
 */
final class HeapWatch {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong peakBeforeGc = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    peakBeforeGc.accumulateAndGet(heapTotal(info.getMemoryUsageBeforeGc()), Math::max);
                    peakAfterGc.accumulateAndGet(heapTotal(info.getMemoryUsageAfterGc()), Math::max);
                    collections.incrementAndGet();
                }
            }, null, null);
        }
    }

    private long heapTotal(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }

    /** Peak used heap so far, including use since the last collection. */
    long peakUsed() {
        return Math.max(peakBeforeGc.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    long peakAfterGc() {
        return peakAfterGc.get();
    }

    /**
     * Heap still in use after a full collection, with the caller's models reachable: what
     * the system keeps loaded between articles.
     */
    long retainedAfterFullGc() throws InterruptedException {
        long before = collections.get();
        System.gc();
        // Notifications arrive on another thread; wait briefly so the peaks include this collection.
        for (int i = 0; i < 50 && collections.get() == before; i++) {
            Thread.sleep(10);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }
}
