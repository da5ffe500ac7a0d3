#pragma once

// Layouts measure hidden widgets once and keep the numbers: a tab page never
// shown since its rows were added, or since the font changed (presenter
// mode), reports a stale minimum size. remeasure() makes every layout under
// `root` measure again, so the next minimum size asked for is the true one.

class QWidget;

namespace relulab::ui {

void remeasure(QWidget* root);

}  // namespace relulab::ui
