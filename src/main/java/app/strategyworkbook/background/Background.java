package app.strategyworkbook.background;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one place the app starts background work (an architecture test holds it to that): lanes that each run their
 * work in order, one piece at a time, on a daemon thread of their own that ends when the lane is idle. Reading and
 * writing files, the crash journal and the look at the disk for outside changes each have a lane, so a slow disk
 * holds up nothing on screen.
 */
public final class Background {
    private Background() {
    }

    /** Every lane made, held weakly: a lane no one holds any more is gone with its work. */
    private static final java.util.Set<ThreadPoolExecutor> LANES =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /**
     * Whether any lane has work running or waiting (a journal write two seconds off included). Tests wait for this to
     * be false before they delete the folders the app writes into.
     */
    public static boolean busy() {
        synchronized (LANES) {
            return LANES.stream().anyMatch(lane -> lane.getActiveCount() > 0 || !lane.getQueue().isEmpty());
        }
    }

    /** A lane named {@code name} (the thread's name, seen in a thread dump). */
    public static ExecutorService lane(String name) {
        ThreadPoolExecutor lane = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> daemon(work, name));
        lane.allowCoreThreadTimeOut(true);
        LANES.add(lane);
        return lane;
    }

    /** A lane that can also run work after a delay, as the journal does two seconds after the last edit. */
    public static ScheduledExecutorService timer(String name) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, work -> daemon(work, name));
        timer.setRemoveOnCancelPolicy(true);
        // Idle, its thread ends as a lane's does (a window closed leaves none behind); work waiting keeps it.
        timer.setKeepAliveTime(5, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        LANES.add(timer);
        return timer;
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
