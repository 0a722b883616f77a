package org.dossier.engine.openai;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import org.dossier.engine.GenerationListener;
import org.dossier.engine.GenerationResult;

/** Keeps everything a generation told its listener, to check the order and the "exactly one ending" rule. */
public final class RecordingListener implements GenerationListener {

    public final List<String> tokens = new CopyOnWriteArrayList<>();
    public final List<GenerationResult> completions = new CopyOnWriteArrayList<>();
    public final List<Throwable> errors = new CopyOnWriteArrayList<>();
    public final CountDownLatch firstToken = new CountDownLatch(1);

    @Override
    public void onToken(String text) {
        tokens.add(text);
        firstToken.countDown();
    }

    @Override
    public void onComplete(GenerationResult result) {
        completions.add(result);
    }

    @Override
    public void onError(Throwable error) {
        errors.add(error);
    }

    public int endings() {
        return completions.size() + errors.size();
    }
}
